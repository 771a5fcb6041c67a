// Stored attempts keep only their spec and regenerate their questions from it, so a question that changes for the
// same spec changes what a student answered. What they answered is the question's structure: which question (id,
// basis), its choices in their order, the answer, the link. These digests pin that structure for every released
// version of the generator (lib/versions): a frozen version must give it byte for byte for good, and the live one
// may change only by becoming a new version (freeze it, then make the live version the next number).
// The live version's wording (prompts and explanations) is pinned apart, in one digest: correcting a sentence
// re-pins that one alone, and the structure digests show nothing else moved. A frozen version's wording is pinned
// with its structure. The test lives here, not next to lib/quiz, because the digest needs node:crypto and lib/quiz
// stays free of Node APIs.
import { describe, expect, it } from "vitest";
import { practiceSpec, quizQuestions } from "@/lib/quiz/attempt";
import { LIVE_VERSION } from "@/lib/versions";
import { GROUPS, groupDigest, onlyDigest, optionsDigest, type Pins, wordingDigest } from "./support/quiz-digests";

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

/** The live version, LIVE_VERSION: pinned once it is released (print its pins with tests/support/quiz-digests.ts). */
const LIVE: Pins = {
  groups: {
    "any/everything": "c77053420793f59e51ec524213241db8429693344d2ecd93ae74957ffbce9488",
    "any/handshake": "8a232714bf1fc8114b4750e3b33be20c9b44e9eeb7f5870f618af60686b142e0",
    "any/teardown": "7e0333cba5a8dc3f521e70bbbaf3f72f7fb3a56864a296bbaf9cdb041fc5143f",
    "any/edge-cases": "f5c9a3d92b2d33ffc402839ee381cd6c5d1f26d7b7392fb67ce2e27b47bca973",
    "any/naming": "d9fc5bd0e46891042a51f8772713d5a19e7c236113c3ea6a0dd95f963d7be774",
    "any/seq-ack": "64b8bf498726ba391d8b9fb77e1df6b7fd5bef74bbc6e53358c8a41cbba5db82",
    "basics/everything": "67fa00ba7d093fc5ad9ec1ffd41028962730e5c6cafb4c683cc1c1fb5d64a7fe",
    "basics/handshake": "860abb0b71695cff061713f8f05a78713097fa4afd161a6b47f35327e480aa13",
    "basics/teardown": "5e72ebbe77530c993ff5bae1bc7ecc1a7cc95c401d4127c984431e1502fa73da",
    "basics/edge-cases": "5e7a5584943f872af694cc945ba9e9394162c563a0453f5eef4477f98a110e7e",
    "basics/naming": "524a7744cc76ebeb6419c910d182c7aff0aa0dd74b41b0b64fa7a1c607e85816",
    "basics/seq-ack": "7eb6919b150de20e04973cafdd4e9ca9a3681b96eeac500031378d8d73d644fa",
    "intermediate/everything": "7a1b8269219724c58da54218564b47c86b375c2df08b1121e01d3a0e6f1acc5c",
    "intermediate/handshake": "f3b2581139802c9d8d912db09d4c6992269240ba573c3fb97e21030ea5f5ba38",
    "intermediate/teardown": "190d63ac70d2167d0cfb53be2e247a245eb50f9778f23e025626c3ca77fa809c",
    "intermediate/edge-cases": "f5b88ed0e103f7819522f433a8b13b02de7ab5b46d51bacdaf3af8e97cb257b6",
    "intermediate/naming": "d9288e986eebbd24d83625ba857cc65dfbba61f88540797b13f82837885a48b3",
    "intermediate/seq-ack": "fdccf190ab7dcd887a4dacfbb4642652c0fba9d1eec616f7b99076821428f08f",
    "advanced/everything": "66f25d66aad2ca0d0612957af8ef8d74264b7d11e4d787cddc7d95267ffa336a",
    "advanced/handshake": "2677f2421c852ff0d265e42cb0e2072ff1caf1f41b53167409ef4c478f549a5b",
    "advanced/teardown": "b61ee369baaf76b3b8b2d7e0b34eb23f8f3a7a03e7632f082781b17d86631cd5",
    "advanced/edge-cases": "8aa6e996ec2808f5714c570e4c92349f34b40983cb4b51ecdf8ce4b81e2286fd",
    "advanced/naming": "5e7a5584943f872af694cc945ba9e9394162c563a0453f5eef4477f98a110e7e",
    "advanced/seq-ack": "778a968b5e228b65561c5d97bd194ee92285b6404edf8136b0f15ea5c55402db",
  },
  wording: "81fd7ca1423793e07fd3c9ae74f9c2476f4bcb96f07669c9bf4b174914a24e82",
  only: "8fcf687fd7d1d28b09b0936f2379612882d2e8f718893c36e712f0f3827836bd",
  options: "bd3831dbb24d19c34d365c1b135aa434572a5e5b7354ca2e54b5e09de123c12d",
};

const PINS: Record<number, Pins> = { 1: VERSION_1, [LIVE_VERSION]: LIVE };

describe.each(Object.keys(PINS).map(Number))("the questions version %i regenerates", (version) => {
  const pins = PINS[version] as Pins;

  it.each(GROUPS)("stay byte-for-byte the same at level %s, focus %s", (level, focus) => {
    const now = groupDigest(version, level, focus);
    const pinned = pins.groups[`${level ?? "any"}/${focus}`];
    expect(now, `version ${version}'s questions moved: make the live version a new one (lib/versions)`).toBe(pinned);
  });

  it("are worded as pinned (a deliberate correction of the live version's wording re-pins this digest alone)", () => {
    const now = wordingDigest(version);
    expect(now, `the wording digest is now ${now}`).toBe(pins.wording);
  });

  it("stay the same when a retry keeps only some of them", () => {
    expect(onlyDigest(version)).toBe(pins.only);
  });

  it("stay the same for generator options no focus uses (several types or topics at once)", () => {
    expect(optionsDigest(version)).toBe(pins.options);
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
