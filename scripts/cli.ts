// `npm run -s cli -- ...`: see scripts/lib/cli.ts.
import { runCli } from "./lib/cli";

const result = runCli(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
