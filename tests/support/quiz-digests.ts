// The digests tests/quiz-fingerprint.test.ts pins for each version of the question generator. Run it to print a
// version's pins, to paste into the test when a new version is released:
//   npx tsx tests/support/quiz-digests.ts <version>
import { createHash } from "node:crypto";
import { FOCUSES, type Focus, practiceSpec, type QuizSpec, quizQuestions } from "@/lib/quiz/attempt";
import { generateQuiz } from "@/lib/quiz/generate";
import type { Question, QuizOptions } from "@/lib/quiz/types";
import type { Level } from "@/lib/tcp";
import { frozenVersion, LIVE_VERSION } from "@/lib/versions";

const SEEDS = [0, 1, 42, 7919, 123_456_789, 2 ** 32 - 1];
const COUNTS = [1, 40, 1000];
const LEVELS: (Level | null)[] = [null, "basics", "intermediate", "advanced"];
const LANGS = ["en", "zh"] as const;

/** A question without its wording: what a stored answer refers to. */
const structure = ({ prompt: _prompt, explanation: _explanation, ...rest }: Question) => rest;
const wording = ({ prompt, explanation }: Question) => [prompt, explanation];

/** One digest over every seed, count and language of a level and focus, each quiz on its own line. */
export function groupDigest(
  generator: number,
  level: Level | null,
  focus: Focus,
  part: (q: Question) => unknown = structure,
): string {
  const hash = createHash("sha256");
  for (const seed of SEEDS)
    for (const count of COUNTS)
      for (const lang of LANGS) {
        const spec: QuizSpec = { ...practiceSpec({ seed, count, level, focus, lang, only: null }), generator };
        hash.update(`${JSON.stringify(quizQuestions(spec).map(part))}\n`);
      }
  return hash.digest("hex");
}

export const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

export const GROUPS = LEVELS.flatMap((level) => FOCUSES.map((focus) => [level, focus] as const));

export type Pins = {
  groups: Record<string, string>;
  /** The prompts and explanations of every group. */
  wording: string;
  only: string;
  options: string;
};

function generatorOf(version: number): (options: QuizOptions) => Question[] {
  if (version === LIVE_VERSION) return generateQuiz;
  const frozen = frozenVersion(version);
  if (!frozen) throw new Error(`no version ${version}`);
  return frozen.generateQuiz;
}

export function wordingDigest(version: number): string {
  return digest(GROUPS.map(([level, focus]) => groupDigest(version, level, focus, wording)));
}

export function onlyDigest(version: number): string {
  const digests = SEEDS.slice(0, 3).flatMap((seed) =>
    LANGS.map((lang) => {
      const spec: QuizSpec = {
        ...practiceSpec({ seed, count: 40, level: null, focus: "everything", lang, only: null }),
        generator: version,
      };
      const ids = quizQuestions(spec).map((q) => q.id);
      // Out of order, with an id the quiz never had: the quiz's order wins and the stranger is ignored.
      const only = [...ids.filter((_, i) => i % 3 === 1).reverse(), "next-state:NO-SUCH|thing"];
      return digest(
        [quizQuestions({ ...spec, only }), quizQuestions({ ...spec, only: [] })].map((q) => q.map(structure)),
      );
    }),
  );
  return digest(digests);
}

export function optionsDigest(version: number): string {
  const options: Omit<QuizOptions, "seed" | "lang">[] = [
    { count: 1000, types: ["seq-ack", "spot-the-error"] },
    { count: 1000, types: ["next-state"], level: "intermediate" },
    { count: 200, topics: ["handshake", "naming"] },
    { count: 1000, topics: ["teardown", "edge-cases"], types: ["missing-state", "which-side", "order-steps"] },
  ];
  const generate = generatorOf(version);
  const digests = options.flatMap((o) =>
    SEEDS.flatMap((seed) => LANGS.map((lang) => digest(generate({ ...o, seed, lang }).map(structure)))),
  );
  return digest(digests);
}

export function pinsOf(version: number): Pins {
  return {
    groups: Object.fromEntries(
      GROUPS.map(([level, focus]) => [`${level ?? "any"}/${focus}`, groupDigest(version, level, focus)]),
    ),
    wording: wordingDigest(version),
    only: onlyDigest(version),
    options: optionsDigest(version),
  };
}

if (process.argv[1]?.endsWith("quiz-digests.ts")) {
  const version = Number(process.argv[2] ?? LIVE_VERSION);
  console.log(JSON.stringify(pinsOf(version), null, 2));
}
