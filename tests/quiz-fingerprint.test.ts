// Stored attempts keep only their spec and regenerate their questions from it, so a question that changes for the
// same spec changes what a student answered. What they answered is the question's structure: which question (id,
// basis), its choices in their order, the answer, the link. These digests pin that structure as the generator had it
// before any speed work; a change to generation (faster, tidier, cached) must leave every one of them as it is.
// The wording (prompt and explanation) is pinned apart, in one digest: correcting a sentence re-pins that one
// alone, and the structure digests show nothing else moved. The test lives here, not next to lib/quiz, because the
// digest needs node:crypto and lib/quiz stays free of Node APIs.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { FOCUSES, type Focus, type QuizSpec, quizQuestions } from "@/lib/quiz/attempt";
import { generateQuiz } from "@/lib/quiz/generate";
import type { Question, QuizOptions } from "@/lib/quiz/types";
import type { Level } from "@/lib/tcp";

const SEEDS = [0, 1, 42, 7919, 123_456_789, 2 ** 32 - 1];
const COUNTS = [1, 40, 1000];
const LEVELS: (Level | null)[] = [null, "basics", "intermediate", "advanced"];
const LANGS = ["en", "zh"] as const;

/** A question without its wording: what a stored answer refers to. */
const structure = ({ prompt: _prompt, explanation: _explanation, ...rest }: Question) => rest;
const wording = ({ prompt, explanation }: Question) => [prompt, explanation];

/** One digest over every seed, count and language of a level and focus, each quiz on its own line. */
function groupDigest(level: Level | null, focus: Focus, part: (q: Question) => unknown = structure): string {
  const hash = createHash("sha256");
  for (const seed of SEEDS)
    for (const count of COUNTS)
      for (const lang of LANGS) {
        const spec: QuizSpec = { seed, count, level, focus, lang, only: null };
        hash.update(`${JSON.stringify(quizQuestions(spec).map(part))}\n`);
      }
  return hash.digest("hex");
}

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

const PINNED_GROUPS: Record<string, string> = {
  "any/everything": "6721b3cf07e37dea70a4ec865390d2e78edc171e9be2c62bba2eb7a9f6e4aaa9",
  "any/handshake": "af2e4171b2f21e865e9046d2c8593bb57ebcd8cbb1556ee7b97242d2df849209",
  "any/teardown": "271b8c5190e0657652a68f0cd613b520ecd3a1f7ec10f833779f2ad799e8c72b",
  "any/edge-cases": "04bb7c21193c9e2029cf26564d2ecfc3f01fecbb6cee4f75a965daabb62b083c",
  "any/naming": "d9fc5bd0e46891042a51f8772713d5a19e7c236113c3ea6a0dd95f963d7be774",
  "any/seq-ack": "647bbd219d847f7883c32fbe7c91b1c6e12e533cce2d983b6278a09e1cc79a14",
  "basics/everything": "4ae58a44c9eb4c806ab9064013d7fdc1eac9d639abb8eac2b7d75f4bbddc0635",
  "basics/handshake": "4161fac4f130f25e3453a56e513f29cab7e527e137a7206334d5dab791410eec",
  "basics/teardown": "1f6fa5e5999a08cce3c6bb007af425dcb44b8f8497eb3d31049c52d2ba0a8338",
  "basics/edge-cases": "5e7a5584943f872af694cc945ba9e9394162c563a0453f5eef4477f98a110e7e",
  "basics/naming": "524a7744cc76ebeb6419c910d182c7aff0aa0dd74b41b0b64fa7a1c607e85816",
  "basics/seq-ack": "7eb6919b150de20e04973cafdd4e9ca9a3681b96eeac500031378d8d73d644fa",
  "intermediate/everything": "f711de8d3510e6d3487ddf2ec2f0368adfaea8f7df0d41270a0bd1f6d6105789",
  "intermediate/handshake": "603c84cf7854ed3629550bcf5b3766d16405a021dd4c3565e190899c1b31557e",
  "intermediate/teardown": "8ced63a69c35349ea5b8c376a2922603eb1a85d8ef1e3f4538e45d3f8be5d158",
  "intermediate/edge-cases": "5e7a5584943f872af694cc945ba9e9394162c563a0453f5eef4477f98a110e7e",
  "intermediate/naming": "d9288e986eebbd24d83625ba857cc65dfbba61f88540797b13f82837885a48b3",
  "intermediate/seq-ack": "2db300b323349fa58db8e949453987919747d48207c81b22c59e8a2b41db1e7d",
  "advanced/everything": "63db3bc57cec302a16014087020b03a1196b34acb9138f5a40a0acfb01c51136",
  "advanced/handshake": "dd9d278e9a7c0e109337ce9fe78eae86afa4e5d6ae06059954518b4a964785cc",
  "advanced/teardown": "6d0a9f492fb0711708b7a7736ae93de9d57275b58f1a3b5acc04cdcd5d3fa573",
  "advanced/edge-cases": "04bb7c21193c9e2029cf26564d2ecfc3f01fecbb6cee4f75a965daabb62b083c",
  "advanced/naming": "5e7a5584943f872af694cc945ba9e9394162c563a0453f5eef4477f98a110e7e",
  "advanced/seq-ack": "0f6c38960ca7de9819f7fd7fa556e21bd68a63816cd55214da27a80b5d4256c6",
};

/** The prompts and explanations of every group above. */
const PINNED_WORDING = "f1f70092457be5d9b9a08182ac3fd818cf2897254f5034b5f7a9f047639f58f5";

const PINNED_ONLY = "82cf6e9be08755635c6b07b3e78627435decc391ac7460eb266db275b3bfd461";
const PINNED_OPTIONS = "c1398bbb6b723e3556306af3d5ef5f0bf8be3f97b179a30fa72954c0d2f0b670";

describe("the questions a spec regenerates", () => {
  const groups = LEVELS.flatMap((level) => FOCUSES.map((focus) => [level, focus] as const));

  it.each(groups)("stay byte-for-byte the same at level %s, focus %s", (level, focus) => {
    expect(groupDigest(level, focus)).toBe(PINNED_GROUPS[`${level ?? "any"}/${focus}`]);
  });

  it("are worded as pinned (a deliberate correction of wording re-pins this digest alone)", () => {
    expect(digest(groups.map(([level, focus]) => groupDigest(level, focus, wording)))).toBe(PINNED_WORDING);
  });

  it("stay the same when a retry keeps only some of them", () => {
    const digests = SEEDS.slice(0, 3).flatMap((seed) =>
      LANGS.map((lang) => {
        const spec: QuizSpec = { seed, count: 40, level: null, focus: "everything", lang, only: null };
        const ids = quizQuestions(spec).map((q) => q.id);
        // Out of order, with an id the quiz never had: the quiz's order wins and the stranger is ignored.
        const only = [...ids.filter((_, i) => i % 3 === 1).reverse(), "next-state:NO-SUCH|thing"];
        return digest(
          [quizQuestions({ ...spec, only }), quizQuestions({ ...spec, only: [] })].map((q) => q.map(structure)),
        );
      }),
    );
    expect(digest(digests)).toBe(PINNED_ONLY);
  });

  it("stay the same for generator options no focus uses (several types or topics at once)", () => {
    const options: Omit<QuizOptions, "seed" | "lang">[] = [
      { count: 1000, types: ["seq-ack", "spot-the-error"] },
      { count: 1000, types: ["next-state"], level: "intermediate" },
      { count: 200, topics: ["handshake", "naming"] },
      { count: 1000, topics: ["teardown", "edge-cases"], types: ["missing-state", "which-side", "order-steps"] },
    ];
    const digests = options.flatMap((o) =>
      SEEDS.flatMap((seed) => LANGS.map((lang) => digest(generateQuiz({ ...o, seed, lang }).map(structure)))),
    );
    expect(digest(digests)).toBe(PINNED_OPTIONS);
  });
});
