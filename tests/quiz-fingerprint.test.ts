// Stored attempts keep only their spec and regenerate their questions from it, so a question that changes for the
// same spec changes what a student answered. What they answered is the question's structure: which question (id,
// basis), its choices in their order, the answer, the link. These digests pin that structure for every released
// version of the generator (lib/versions): a frozen version must give it byte for byte for good, and the live one
// may change only by becoming a new version (freeze it, then make the live version the next number).
// The live version's wording (prompts and explanations) is pinned apart, in one digest: correcting a sentence
// re-pins that one alone, and the structure digests show nothing else moved. A frozen version's wording is pinned
// with its structure. The test lives here, not next to lib/quiz, because the digest needs node:crypto and lib/quiz
// stays free of Node APIs.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
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
function groupDigest(
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

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

type Pins = {
  groups: Record<string, string>;
  /** The prompts and explanations of every group. */
  wording: string;
  only: string;
  options: string;
};

/** Version 1, as it was released: the generator of every quiz taken before versions were recorded. */
const VERSION_1: Pins = {
  groups: {
    "any/everything": "b12d43a1ecf2260e24dcac9ed459d7861f901facabd32384e90a70ddbeecd5d1",
    "any/handshake": "1d15250de8f5c225ac7dcd73b18d5807fdf5d2a5048d10efd8995db0766f4edc",
    "any/teardown": "a08968753dc6fe642c8d5ffecaacda6607b428c3ceca7c1b5e8359a5c3e94c2e",
    "any/edge-cases": "e9d2ab5ac5f225d648944c939a60859d5c3fd6d1080034d7fdb5b236128dff2b",
    "any/naming": "d9fc5bd0e46891042a51f8772713d5a19e7c236113c3ea6a0dd95f963d7be774",
    "any/seq-ack": "647bbd219d847f7883c32fbe7c91b1c6e12e533cce2d983b6278a09e1cc79a14",
    "basics/everything": "5bf6081472b250c9d6078d2d7953eab7395b82177ff19b83023b30fe930d63cf",
    "basics/handshake": "899ae8539fe7a212578afda07b31ed74d1f65b87121428178a74812049099aa8",
    "basics/teardown": "2c68c7f3a1b76b2beeeb5d97808d9acdb76a3cf2fb0a133dfe36c099faeb3612",
    "basics/edge-cases": "5e7a5584943f872af694cc945ba9e9394162c563a0453f5eef4477f98a110e7e",
    "basics/naming": "524a7744cc76ebeb6419c910d182c7aff0aa0dd74b41b0b64fa7a1c607e85816",
    "basics/seq-ack": "7eb6919b150de20e04973cafdd4e9ca9a3681b96eeac500031378d8d73d644fa",
    "intermediate/everything": "0ba4432ceea53e19cbcbc52ca2bc552bb89309a5fe9c3bb77e69ba5d26714719",
    "intermediate/handshake": "adf42def30fbcb4cd09772cdf6a18fdb9292fcc5ae449c480ad1b45871eeb24e",
    "intermediate/teardown": "6b26b48cf3f2002c383478b8edeb297c745df628a47f57a61ebd34091cda3f22",
    "intermediate/edge-cases": "5e7a5584943f872af694cc945ba9e9394162c563a0453f5eef4477f98a110e7e",
    "intermediate/naming": "d9288e986eebbd24d83625ba857cc65dfbba61f88540797b13f82837885a48b3",
    "intermediate/seq-ack": "2db300b323349fa58db8e949453987919747d48207c81b22c59e8a2b41db1e7d",
    "advanced/everything": "cc8e3df07ad61fee788548f80b201aa8190e8ca5139b7e8d9594fa85ca9edeca",
    "advanced/handshake": "70e7aa06ba21186bf9746d882ac3574f85b7b11b2ea4c55940d227683cbaecee",
    "advanced/teardown": "c44991048d778d40b677fd78d5add38454c484705984d946422679c9dd5393c8",
    "advanced/edge-cases": "e9d2ab5ac5f225d648944c939a60859d5c3fd6d1080034d7fdb5b236128dff2b",
    "advanced/naming": "5e7a5584943f872af694cc945ba9e9394162c563a0453f5eef4477f98a110e7e",
    "advanced/seq-ack": "0f6c38960ca7de9819f7fd7fa556e21bd68a63816cd55214da27a80b5d4256c6",
  },
  wording: "e58bc07b158d8147842d3f170cb85f98a34fbaf78bc2e59571a0899ed0a3e16c",
  only: "24e6741aa26f03446601aa6eecca2c0b0bfd112a44aa670da6aa7460bef2a09e",
  options: "c3806638f26958144d169b6bfed67359074cbd5d4c41c2db688e21713bcc39bd",
};

/** The live version, LIVE_VERSION: pinned once it is released. */
const LIVE: Pins = VERSION_1;

const PINS: Record<number, Pins> = { 1: VERSION_1, [LIVE_VERSION]: LIVE };

function generatorOf(version: number): (options: QuizOptions) => Question[] {
  if (version === LIVE_VERSION) return generateQuiz;
  const frozen = frozenVersion(version);
  if (!frozen) throw new Error(`no version ${version}`);
  return frozen.generateQuiz;
}

describe.each(Object.keys(PINS).map(Number))("the questions version %i regenerates", (version) => {
  const pins = PINS[version] as Pins;
  const groups = LEVELS.flatMap((level) => FOCUSES.map((focus) => [level, focus] as const));

  it.each(groups)("stay byte-for-byte the same at level %s, focus %s", (level, focus) => {
    const now = groupDigest(version, level, focus);
    const pinned = pins.groups[`${level ?? "any"}/${focus}`];
    expect(now, `version ${version}'s questions moved: make the live version a new one (lib/versions)`).toBe(pinned);
  });

  it("are worded as pinned (a deliberate correction of the live version's wording re-pins this digest alone)", () => {
    const now = digest(groups.map(([level, focus]) => groupDigest(version, level, focus, wording)));
    expect(now, `the wording digest is now ${now}`).toBe(pins.wording);
  });

  it("stay the same when a retry keeps only some of them", () => {
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
    expect(digest(digests)).toBe(pins.only);
  });

  it("stay the same for generator options no focus uses (several types or topics at once)", () => {
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
    expect(digest(digests)).toBe(pins.options);
  });
});

describe("a quiz drawn from a secret key", () => {
  it("is the same for the same key, and none of the public seeds tried gives it", () => {
    const key = "0123456789abcdef0123456789abcdef";
    const spec = { ...practiceSpec({ seed: 0, count: 10, level: null, focus: "everything", lang: "en", only: null }) };
    const keyed = quizQuestions({ ...spec, seedKey: key }).map((q) => q.id);
    expect(quizQuestions({ ...spec, seedKey: key }).map((q) => q.id)).toEqual(keyed);
    for (let seed = 0; seed < 2000; seed++) {
      expect(quizQuestions({ ...spec, seed }).map((q) => q.id)).not.toEqual(keyed);
    }
  });

  it("cannot be asked of version 1, which predates keys", () => {
    const spec = practiceSpec({ seed: 0, count: 10, level: null, focus: "everything", lang: "en", only: null });
    expect(() => quizQuestions({ ...spec, generator: 1, seedKey: "0".repeat(32) })).toThrow(/predates/);
  });
});
