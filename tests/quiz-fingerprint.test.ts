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
    "any/everything": "290e500ae66b84ffc51dbe749e6868d22d756cae8e39f4b3a0624a9950a05f19",
    "any/handshake": "5e24c817593c657e0176712ec0517424ddc1c820ac9c74e82d573e3244219cc3",
    "any/teardown": "92e383a887d97016b5b1103a29b1e12587bf66f60045cc3e7a45a0a7361a6eb8",
    "any/edge-cases": "8cd736293e912716784f89494f3c19ad26aad698b5ffb22a2c26d1261729fbc1",
    "any/naming": "c9e9cbf2ed250a75d45b189c4367c68c9c0509b81f440204a454abfbb67836d3",
    "any/seq-ack": "73dc6d4c1d5ea5c0afcbbe09e7806da005294c128d7b09807f117fcb4294a6a6",
    "basics/everything": "f6c84118a536f212179269fac4a60e70722c8eaa6f82e2a83ffe727a0ed26da0",
    "basics/handshake": "860abb0b71695cff061713f8f05a78713097fa4afd161a6b47f35327e480aa13",
    "basics/teardown": "5e72ebbe77530c993ff5bae1bc7ecc1a7cc95c401d4127c984431e1502fa73da",
    "basics/edge-cases": "5e7a5584943f872af694cc945ba9e9394162c563a0453f5eef4477f98a110e7e",
    "basics/naming": "22e7514800e4ca84384496d4679dc3195c6b421e287ef5f27b60a1d81ec71f2f",
    "basics/seq-ack": "7eb6919b150de20e04973cafdd4e9ca9a3681b96eeac500031378d8d73d644fa",
    "intermediate/everything": "bf0f21fb2e770d2ef231a3cba0c9195cb1afa7e321ef4061fc31adcc0a894cb2",
    "intermediate/handshake": "45c00f67556e7cec05647c32aedf16895e4fb4320f6976f6bf29fa3d0ed53a39",
    "intermediate/teardown": "c31f77a84dacc8a595e9f2f6217a0d31ab62844b1564fbd8e2b26b14901eaa68",
    "intermediate/edge-cases": "f5b88ed0e103f7819522f433a8b13b02de7ab5b46d51bacdaf3af8e97cb257b6",
    "intermediate/naming": "d9288e986eebbd24d83625ba857cc65dfbba61f88540797b13f82837885a48b3",
    "intermediate/seq-ack": "0f9ce7124bc9bb1533450bc28db7af7a3ca89303a491ea3e39d2b1d6188a8fa6",
    "advanced/everything": "8c443c8ae09f48e90a4af45f1689f38bc0ad2d74c1253478ee7abbf7df2ee100",
    "advanced/handshake": "f4b97c5cf5d10e9abbb800840ecf64d36e04de4f890d92d3a075b0b1c89621a0",
    "advanced/teardown": "93695e8be1d6d7c1db4145109f768d77d9e19f3df7fb2068dd177730f6b4f0fc",
    "advanced/edge-cases": "aba36fb6701c7fa76efae0cbffdf2d3a7674f46a001185a6075d21f59475a232",
    "advanced/naming": "5e7a5584943f872af694cc945ba9e9394162c563a0453f5eef4477f98a110e7e",
    "advanced/seq-ack": "8a621b0e690f0e3967d3c7b01b9633b7fe27a4a1e55c383ab7e788ca8ed2c4d4",
  },
  wording: "7c239d982ff830ce7f20ee3ed54a4f08497e772167b369af872c955936d7a8da",
  only: "c34f97c98ac478ed920d738d1b7ded982db4e68816ba2eea9db3328bf0cec448",
  options: "0354e644fded61081a1625435483bbe83f1326431c1a14480c2c4a7c7eb8382c",
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
