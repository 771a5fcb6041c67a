import { createRequire } from "node:module";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actionBodyProblem, crossSiteAction, isActionRequest } from "./action-request";

// The encoder React's client uses for action arguments, so bodies are exactly what a browser sends.
const { encodeReply } = createRequire(path.resolve("package.json"))(
  "next/dist/compiled/react-server-dom-webpack/client.node",
) as { encodeReply: (value: unknown) => Promise<string | FormData> };

function form(entries: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

describe("which requests are server actions", () => {
  it("a POST to a page with Next-Action, or a multipart form posted to a page; never a route handler", () => {
    expect(isActionRequest("POST", "/quiz", { "next-action": "abc" })).toBe(true);
    expect(isActionRequest("POST", "/classes?x=1", { "content-type": "multipart/form-data; boundary=x" })).toBe(true);
    expect(isActionRequest("GET", "/quiz", { "next-action": "abc" })).toBe(false);
    expect(isActionRequest("POST", "/quiz", { "content-type": "application/x-www-form-urlencoded" })).toBe(false);
    expect(isActionRequest("POST", "/api/auth/sign-in/email", { "next-action": "abc" })).toBe(false);
    expect(isActionRequest("POST", "/_next/data", { "next-action": "abc" })).toBe(false);
  });
});

describe("another site's Origin", () => {
  it("is the Origin's host differing from Host (or X-Forwarded-Host), as Next compares them", () => {
    expect(crossSiteAction({ host: "127.0.0.2:3000", origin: "http://127.0.0.2:3000" })).toBe(false);
    expect(
      crossSiteAction({
        host: "internal:3000",
        "x-forwarded-host": "synack.example",
        origin: "https://synack.example",
      }),
    ).toBe(false);
    expect(crossSiteAction({ host: "localhost:3000" })).toBe(false);
    expect(crossSiteAction({ host: "localhost:3000", origin: "http://evil.example" })).toBe(true);
    expect(crossSiteAction({ host: "localhost:3000", origin: "http://localhost:4000" })).toBe(true);
    expect(crossSiteAction({ host: "localhost:3000", origin: "null" })).toBe(true);
    expect(crossSiteAction({ host: "localhost:3000", origin: "not a url" })).toBe(true);
  });
});

describe("bodies React can decode", () => {
  const value = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small" },
      fc.string(),
      fc.string().map((s) => `$${s}`),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
      fc.bigInt(),
      fc.date(),
      fc
        .array(fc.tuple(fc.string(), fc.string()), { maxLength: 3 })
        .map((entries) => form(Object.fromEntries(entries))),
      fc.array(fc.tuple(fc.string(), tie("value")), { maxLength: 3 }).map((entries) => new Map(entries)),
      fc.array(tie("value"), { maxLength: 3 }).map((items) => new Set(items)),
      fc.array(tie("value"), { maxLength: 4 }),
      fc.dictionary(fc.string(), tie("value"), { maxKeys: 4, noNullPrototype: true }),
    ),
  })).value;

  it("everything React's own encoder writes passes, as one string or as parts", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(value, { maxLength: 5 }), async (args) => {
        const body = await encodeReply(args);
        expect(actionBodyProblem(body)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it("an object given twice, and a Blob, pass too", async () => {
    const shared = { name: "Ada", tags: ["a", "b"] };
    expect(actionBodyProblem(await encodeReply([shared, { again: shared }, [shared]]))).toBeNull();
    expect(actionBodyProblem(await encodeReply([form({ file: new Blob(["x"]) })]))).toBeNull();
  });
});

describe("bodies React cannot decode", () => {
  it("are refused: not JSON, not a list, references to parts that are not there or not what they should be", () => {
    for (const body of [
      "[{",
      "",
      '{"a":1}',
      '"just a string"',
      '["$1"]',
      '["$Q1"]',
      '["$W2"]',
      '["$@3"]',
      '["$zz"]',
      '["$h1"]',
      '["$R1"]',
      '["$A1"]',
      '["$B1"]',
      `["$n${"1".repeat(301)}"]`,
      '["$n1.5"]',
      '["$0:5:x"]',
      `${"[".repeat(100)}${"]".repeat(100)}`,
    ]) {
      expect(actionBodyProblem(body), body).toBe("common.actionNotDecodable");
    }
  });

  it("are refused as parts: no list, a list that is not JSON, a Map of what is no entry, a path to nothing", () => {
    expect(actionBodyProblem(form({ x: "1" }))).toBe("common.actionNotDecodable");
    expect(actionBodyProblem(form({ "0": "[{" }))).toBe("common.actionNotDecodable");
    expect(actionBodyProblem(form({ "0": '["$Q1"]', "1": "[1, 2]" }))).toBe("common.actionNotDecodable");
    expect(actionBodyProblem(form({ "0": '["$W1"]', "1": '{"a":1}' }))).toBe("common.actionNotDecodable");
    expect(actionBodyProblem(form({ "0": '["$1:name"]', "1": '{"other":1}' }))).toBe("common.actionNotDecodable");
    expect(actionBodyProblem(form({ "0": '["$1:a:b"]', "1": '{"a":"$Q2"}', "2": "[]" }))).toBe(
      "common.actionNotDecodable",
    );
    expect(actionBodyProblem(form({ "0": '["$B1"]', "1": "text, not a file" }))).toBe("common.actionNotDecodable");
    // Resolvable ones pass, through a reference on the way.
    expect(actionBodyProblem(form({ "0": '["$1:a:b"]', "1": '{"a":"$2"}', "2": '{"b":3}' }))).toBeNull();
    expect(actionBodyProblem(form({ "0": '["$B1"]', "1": new Blob(["a file"]) }))).toBeNull();
  });

  it("more arguments than Next calls an action with are refused as such", () => {
    expect(actionBodyProblem(JSON.stringify(Array(1001).fill("x")))).toBe("common.actionTooManyArguments");
    expect(actionBodyProblem(JSON.stringify(Array(1000).fill("x")))).toBeNull();
  });
});
