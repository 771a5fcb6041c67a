// The command line over lib/tcp: `npm run -s cli -- model | scenarios | trace <id>`. Pure: arguments in,
// exit code and output out, so it is tested without spawning processes.
import { generateQuiz, MAX_COUNT, questionJson, questionsQuery } from "../../lib/quiz";
import { modelJson, play, SCENARIOS, SEQ_SPACE, scenarioById, traceJson } from "../../lib/tcp";

export type CliResult = { code: number; stdout: string; stderr: string };

export const USAGE = [
  "usage: npm run -s cli -- <command>",
  "  model                                   the state machine: states, names, events, transitions (JSON)",
  "  scenarios                               the scenario ids (JSON)",
  "  trace <id> [--client-isn N] [--server-isn N]",
  "                                          a scenario played step by step (JSON)",
  "  questions --seed N --count K [--level basics|intermediate|advanced] [--lang en|zh]",
  `                                          generated questions (JSON), K from 1 to ${MAX_COUNT}`,
  "  capture <file>                          a .pcap or .pcapng file's TCP connections, every segment with both",
  "                                          sides' states after it (JSON)",
].join("\n");

const json = (value: unknown): CliResult => ({ code: 0, stdout: `${JSON.stringify(value, null, 2)}\n`, stderr: "" });
const usageError = (message: string): CliResult => ({ code: 2, stdout: "", stderr: `${message}\n` });

function parseIsn(flag: string, value: string | undefined): number | string {
  if (value === undefined) return `${flag} needs a number.`;
  if (!/^\d+$/.test(value) || Number(value) >= SEQ_SPACE) {
    return `${flag} must be a whole number from 0 to ${SEQ_SPACE - 1}, not "${value}".`;
  }
  return Number(value);
}

function trace(args: string[]): CliResult {
  const [id, ...rest] = args;
  if (!id) return usageError(`trace needs a scenario id: one of ${SCENARIOS.map((s) => s.id).join(", ")}.`);
  const scenario = scenarioById(id);
  if (!scenario) return usageError(`Unknown scenario "${id}": choose one of ${SCENARIOS.map((s) => s.id).join(", ")}.`);
  const isn = { ...scenario.isn };
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i] ?? "";
    if (flag !== "--client-isn" && flag !== "--server-isn") {
      return usageError(`Unknown option "${flag}" for trace: use --client-isn or --server-isn.`);
    }
    const value = parseIsn(flag, rest[i + 1]);
    if (typeof value === "string") return usageError(value);
    isn[flag === "--client-isn" ? "client" : "server"] = value;
  }
  return json(traceJson(play({ ...scenario, isn })));
}

function questions(args: string[]): CliResult {
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i] ?? "";
    if (!flag.startsWith("--"))
      return usageError(`Unexpected "${flag}": questions takes --seed, --count, --level and --lang.`);
    const value = args[i + 1];
    if (value === undefined) return usageError(`${flag} needs a value.`);
    options[flag.slice(2)] = value;
  }
  const parsed = questionsQuery.safeParse(options);
  if (!parsed.success) return usageError(parsed.error.issues[0]?.message ?? "Bad options for questions.");
  return json(generateQuiz(parsed.data).map(questionJson));
}

export function runCli(args: string[]): CliResult {
  const [command, ...rest] = args;
  switch (command) {
    case "model":
      if (rest.length > 0) return usageError(`model takes no arguments (got "${rest.join(" ")}").`);
      return json(modelJson());
    case "scenarios":
      if (rest.length > 0) return usageError(`scenarios takes no arguments (got "${rest.join(" ")}").`);
      return json(SCENARIOS.map((s) => s.id));
    case "trace":
      return trace(rest);
    case "questions":
      return questions(rest);
    case undefined:
    case "help":
    case "--help":
      return {
        code: command === undefined ? 2 : 0,
        stdout: command ? `${USAGE}\n` : "",
        stderr: command ? "" : `${USAGE}\n`,
      };
    default:
      return usageError(
        `Unknown command "${command}": use model, scenarios, trace <id>, questions or capture <file> (npm run -s cli -- help).`,
      );
  }
}
