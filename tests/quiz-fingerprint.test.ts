// Stored attempts keep only their spec and regenerate their questions from it, so a question that changes for the
// same spec changes what a student answered. These digests were taken from the generator as it was before any speed
// work; a change to generation (faster, tidier, cached) must leave every one of them as it is. The test lives here,
// not next to lib/quiz, because the digest needs node:crypto and lib/quiz stays free of Node APIs.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { FOCUSES, type Focus, type QuizSpec, quizQuestions } from "@/lib/quiz/attempt";
import { generateQuiz } from "@/lib/quiz/generate";
import type { QuizOptions } from "@/lib/quiz/types";
import type { Level } from "@/lib/tcp";

const SEEDS = [0, 1, 42, 7919, 123_456_789, 2 ** 32 - 1];
const COUNTS = [1, 40, 1000];
const LEVELS: (Level | null)[] = [null, "basics", "intermediate", "advanced"];
const LANGS = ["en", "zh"] as const;

/** One digest over every seed, count and language of a level and focus, each quiz on its own line. */
function groupDigest(level: Level | null, focus: Focus): string {
  const hash = createHash("sha256");
  for (const seed of SEEDS)
    for (const count of COUNTS)
      for (const lang of LANGS) {
        const spec: QuizSpec = { seed, count, level, focus, lang, only: null };
        hash.update(`${JSON.stringify(quizQuestions(spec))}\n`);
      }
  return hash.digest("hex");
}

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

const PINNED_GROUPS: Record<string, string> = {
  "any/everything": "50d704652bfed3287d9f64cf91747f23030064f99b1a03b1edcf153a49d42bb4",
  "any/handshake": "8fac4b552b3484c1cff5f7d076c88882ebc7fba268c4e616da6487165cd4202a",
  "any/teardown": "f31b7dca13026ace6dab8917996f66e6bb19c8282cab20ce1d0f12e74cbeac8e",
  "any/edge-cases": "80a7be035615b07049895a1102bb8afada5f53dec21e2238077a48c8667c60da",
  "any/naming": "ba10d492fef86f788e035bbcda800a1dc6f31eb5eccbf1ebe5a5e04f94be6f95",
  "any/seq-ack": "1dbde30576551acf99f0ccf791d6ec778156b67ac560d9b6772b7b514f3c9f92",
  "basics/everything": "5c63fb76726fdc1dc0dfb82e0126905170a37d0f5b6ce16362acef07adb73238",
  "basics/handshake": "b889912fe5b87445f731afb5a71c0356a19e5327258777da916fe6f727dcea80",
  "basics/teardown": "e3f229925c6a562d55cab4fd8936f99fa7ba70d2f82de325f7b9b7ea9459a172",
  "basics/edge-cases": "5e7a5584943f872af694cc945ba9e9394162c563a0453f5eef4477f98a110e7e",
  "basics/naming": "8ab6955d81caa6b2030349d14a27fe1bb434e704c026f635204f0186f42967f1",
  "basics/seq-ack": "66d1693b6044c7ace6d524bb0afd1c5ffd53a8be6619a999c88e00e7feeb9770",
  "intermediate/everything": "620f63529161d27ee95f1fcda4e99d0255b97508628c311afdf467ce2e722898",
  "intermediate/handshake": "3f0b5ddebdcc8c1336d7f46b8edd2557d728eb56970c51430cdbd8ef8ff401bc",
  "intermediate/teardown": "a379a13a3272ab72ff990dff63334df01d282e67c3b7923166a13fe79467ee40",
  "intermediate/edge-cases": "5e7a5584943f872af694cc945ba9e9394162c563a0453f5eef4477f98a110e7e",
  "intermediate/naming": "26464ad72cf680001db513fbe7a8aeacdbcd9336f34ac390d42cb314f4766357",
  "intermediate/seq-ack": "53f1176b4847350c9f01616c9da7b78c33c09841cffa25c3fd91b70a79820f6b",
  "advanced/everything": "c484e6cafd1eac4d5d7c82b1f9976768e706a52d66f426bbb240c497e2de4938",
  "advanced/handshake": "0735339907da15cd91a1353346aca91e57c7a91646f7d95a62acfb8a5e1b755c",
  "advanced/teardown": "6f0a691b0ff4b7564ba07205edc56730a9211e83d70ec1fd2952fea56ba0d9cf",
  "advanced/edge-cases": "80a7be035615b07049895a1102bb8afada5f53dec21e2238077a48c8667c60da",
  "advanced/naming": "5e7a5584943f872af694cc945ba9e9394162c563a0453f5eef4477f98a110e7e",
  "advanced/seq-ack": "37fd6aa43f275e8aa4332323edbf1d1d5a606c8093b742f9cda89f83d64b4672",
};

const PINNED_ONLY = "eedbc9361413c28652308f08b972f182414edfecada082fed899be1128a6468b";
const PINNED_OPTIONS = "81730c02eabbb20c8bfee06cfe80b46b78c41df1cb9c45c92046368b3bf37967";

describe("the questions a spec regenerates", () => {
  const groups = LEVELS.flatMap((level) => FOCUSES.map((focus) => [level, focus] as const));

  it.each(groups)("stay byte-for-byte the same at level %s, focus %s", (level, focus) => {
    expect(groupDigest(level, focus)).toBe(PINNED_GROUPS[`${level ?? "any"}/${focus}`]);
  });

  it("stay the same when a retry keeps only some of them", () => {
    const digests = SEEDS.slice(0, 3).flatMap((seed) =>
      LANGS.map((lang) => {
        const spec: QuizSpec = { seed, count: 40, level: null, focus: "everything", lang, only: null };
        const ids = quizQuestions(spec).map((q) => q.id);
        // Out of order, with an id the quiz never had: the quiz's order wins and the stranger is ignored.
        const only = [...ids.filter((_, i) => i % 3 === 1).reverse(), "next-state:NO-SUCH|thing"];
        return digest([quizQuestions({ ...spec, only }), quizQuestions({ ...spec, only: [] })]);
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
      SEEDS.flatMap((seed) => LANGS.map((lang) => digest(generateQuiz({ ...o, seed, lang })))),
    );
    expect(digest(digests)).toBe(PINNED_OPTIONS);
  });
});
