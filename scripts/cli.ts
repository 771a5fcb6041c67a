// `npm run -s cli -- ...`: see scripts/lib/cli.ts, and scripts/lib/capture-command.ts for `capture <file>`, which
// streams its file and so is the one command that is not a pure function of its arguments.
import { captureCommand } from "./lib/capture-command";
import { runCli } from "./lib/cli";

const args = process.argv.slice(2);
// Piped into head or less and closed early: the reader has what it wanted, which is no error of ours.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});
if (args[0] === "capture") {
  captureCommand(args.slice(1), process.stdout, process.stderr).then((code) => {
    process.exitCode = code;
  });
} else {
  const result = runCli(args);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
