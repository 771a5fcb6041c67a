// `npm run -s cli -- ...`: see scripts/lib/cli.ts, and scripts/lib/capture-command.ts for `capture <file>`, which
// streams its file and so is the one command that is not a pure function of its arguments.
const args = process.argv.slice(2);
// Piped into head or less and closed early: the reader has what it wanted, which is no error of ours.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});
// Each command loads only its own modules: the capture command has no use for the question generator, whose
// loading was a tenth of a second of every capture explained.
if (args[0] === "capture") {
  import("./lib/capture-command")
    .then(({ captureCommand }) => captureCommand(args.slice(1), process.stdout, process.stderr))
    .then((code) => {
      process.exitCode = code;
    });
} else {
  import("./lib/cli").then(({ runCli }) => {
    const result = runCli(args);
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.code;
  });
}
