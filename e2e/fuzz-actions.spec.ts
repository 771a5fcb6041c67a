import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import fc from "fast-check";
import { nasty } from "./support/fuzz-input";
import { useOwnServer } from "./support/own-server";
import { TEST_DIST_DIR } from "./support/paths";
import { changedTables, tableCounts } from "./support/tables";

/**
 * Every server action of the build, called the way React calls one (a POST to a page that uses it, with a
 * `Next-Action` header and the arguments encoded by React's own encodeReply) but with arguments no form of ours
 * sends: a string where FormData belongs, too many or too few, numbers, dates, nested JSON, files, huge and strange
 * strings. As a guest, a student and a teacher, from the server's own origin so Next's origin check lets the action
 * run. Whatever arrives, the action answers (200, an RSC payload) and writes nothing.
 */

type Action = { id: string; name: string; file: string; page: string };
type Manifest = { node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> };

// The encoder React's client uses for action arguments, so bodies have exactly the shape Next decodes.
const { encodeReply } = createRequire(path.resolve("package.json"))(
  "next/dist/compiled/react-server-dom-webpack/client.node",
) as { encodeReply: (value: unknown) => Promise<string | FormData> };

/** A page that uses the action, as an address: its worker's route with any `[param]` filled in. */
function pageOf(workers: string[]): string {
  const routes = workers
    .filter((w) => !w.includes("_not-found"))
    .sort((a, b) => a.split("[").length - b.split("[").length || a.length - b.length);
  const route = (routes[0] ?? "app/page").replace(/^app/, "").replace(/\/page$/, "");
  return route.replace(/\[[^\]]+\]/g, "fuzz") || "/";
}

function actionsOfBuild(): Action[] {
  const file = path.join(TEST_DIST_DIR, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  return Object.entries(manifest.node)
    .map(([id, a]) => ({ id, name: a.exportedName, file: a.filename, page: pageOf(Object.keys(a.workers)) }))
    .sort((a, b) => `${a.file}:${a.name}`.localeCompare(`${b.file}:${b.name}`));
}

/**
 * Actions that take no input: any call of them is a well-formed request, so it may write what the action writes
 * (Quick 10 starts a quiz). The test still checks they answer and write nothing else.
 */
const TAKE_NO_INPUT: Record<string, readonly string[]> = { quickTen: ["Attempt"], becomeTeacher: [] };

/** Field names our forms use, sent as files: what a form sends, in a shape no form sends. */
const FORM_FIELDS = ["name", "code", "perDay", "locale", "focus", "level", "length", "lang", "seed", "title", "due"];

function formData(entries: [string, string | Blob][]): FormData {
  const form = new FormData();
  for (const [key, value] of entries) form.append(key, value);
  return form;
}

const leaf = fc.oneof(
  nasty,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -0),
  fc.bigInt(),
  fc.date({ noInvalidDate: true }),
);
const junkForm = fc
  .array(
    fc.oneof(
      fc.tuple(nasty, nasty),
      fc.tuple(
        fc.constantFrom(...FORM_FIELDS),
        nasty.map((s) => new Blob([s])),
      ),
    ),
    { maxLength: 6 },
  )
  .map(formData);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    junkForm,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(nasty, tie("value"), { maxKeys: 4, noNullPrototype: true }),
  ),
}));
const argumentLists: fc.Arbitrary<unknown[]> = fc.oneof(
  fc.array(value, { maxLength: 5 }),
  fc.array(fc.constant("x"), { minLength: 20, maxLength: 200 }),
  fc.constant<unknown[]>(["y".repeat(200_000)]),
);

/** Argument lists every action gets, for every caller, before the random ones. */
const FIXED: unknown[][] = [
  [],
  [undefined],
  ["a string, not a form"],
  [42],
  [null, null],
  [{}],
  [[]],
  [new FormData()],
  [null, formData([["name", new Blob(["a file"])]])],
  ["fuzz", null, new FormData()],
  [{ name: { nested: ["json", { deeper: true }] } }, "extra", 1, 2, 3, 4, 5],
  [new Date(0), 10n, new Map([["a", 1]])],
];

type Caller = { who: "guest" | "student" | "teacher"; api: APIRequestContext };

async function callAction(caller: Caller, action: Action, args: unknown[], origin: string) {
  const body = await encodeReply(args);
  return caller.api.fetch(action.page, {
    method: "POST",
    headers: {
      "next-action": action.id,
      origin,
      accept: "text/x-component",
      ...(typeof body === "string" ? { "content-type": "text/plain;charset=UTF-8" } : {}),
    },
    ...(typeof body === "string" ? { data: body } : { multipart: body }),
    maxRedirects: 0,
  });
}

test.describe("fuzzing every server action", () => {
  const own = useOwnServer("fuzz-actions");

  test("malformed argument lists: every action answers without a 5xx and writes nothing", async ({
    playwright,
  }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "server-side test: once is enough");
    test.setTimeout(420_000);
    const actions = actionsOfBuild();
    console.log(
      `server actions in the build (${actions.length}):\n${actions.map((a) => `  ${a.file} ${a.name} via ${a.page}`).join("\n")}`,
    );
    testInfo.annotations.push({ type: "actions", description: actions.map((a) => a.name).join(", ") });
    expect(actions.length, "the build's server-reference-manifest lists no actions").toBeGreaterThan(0);
    for (const name of Object.keys(TAKE_NO_INPUT)) expect(actions.map((a) => a.name)).toContain(name);

    const server = await own.start();
    const origin = server.url;
    const callers: Caller[] = [];
    for (const who of ["guest", "student", "teacher"] as const) {
      const api = await playwright.request.newContext({ baseURL: origin });
      await api.get("/");
      if (who !== "guest") {
        const email = `${who}-${Date.now()}@example.com`;
        const signUp = await api.post("/api/auth/sign-up/email", {
          data: { name: who, email, password: "a long enough password" },
          headers: { origin },
        });
        expect(signUp.status()).toBe(200);
      }
      callers.push({ who, api });
    }
    // The teacher's role is set where SynAck keeps it, in the database (a request never sets it).
    const db = new Database(own.databaseFile());
    expect(db.prepare(`UPDATE "User" SET role = 'teacher' WHERE name = 'teacher'`).run().changes).toBe(1);
    db.close();

    const failures: string[] = [];
    const reached = new Set<string>();
    async function check(caller: Caller, action: Action, args: unknown[]) {
      // A student who calls "I teach" with any arguments has asked to teach: that one is a real request.
      if (caller.who === "student" && action.name === "becomeTeacher") return;
      const before = tableCounts(own.databaseFile());
      const response = await callAction(caller, action, args, origin).catch((error: Error) => error);
      if (response instanceof Error) {
        failures.push(`no answer to ${caller.who} ${action.name}(${shown(args)}): ${response.message.slice(0, 200)}`);
        return;
      }
      const changed = changedTables(before, tableCounts(own.databaseFile()));
      const allowed = TAKE_NO_INPUT[action.name] ?? [];
      const unexpected = changed.filter((c) => !allowed.some((t) => c.startsWith(`${t} `)));
      const what = `${caller.who} ${action.name}(${shown(args)})`;
      // 200 with an RSC payload: Next found the action, the origin check passed and the action's own answer came back.
      const ok = response.status() === 200 && (response.headers()["content-type"] ?? "").includes("text/x-component");
      if (!ok) failures.push(`${response.status()} ${what}: ${(await response.text()).slice(0, 200)}`);
      if (unexpected.length > 0) failures.push(`wrote ${unexpected.join(", ")}: ${what}`);
      if (ok) reached.add(action.name);
    }

    for (const caller of callers) {
      for (const action of actions) for (const args of FIXED) await check(caller, action, args);
    }
    await fc.assert(
      // Indices, not the callers and actions themselves, so a failure report prints something readable.
      fc.asyncProperty(fc.nat(callers.length - 1), fc.nat(actions.length - 1), argumentLists, async (c, a, args) => {
        const [caller, action] = [callers[c], actions[a]];
        if (caller && action) await check(caller, action, args);
      }),
      { numRuns: 300, seed: Number(process.env.FUZZ_SEED ?? 20261126) },
    );
    expect(failures).toEqual([]);
    expect([...reached].sort()).toEqual(actions.map((a) => a.name).sort());
    for (const caller of callers) await caller.api.dispose();
  });
});

/**
 * Requests no page of SynAck sends, to every action: another site's Origin, a body over Next's 1 MB limit, and
 * bodies React cannot decode into arguments (broken JSON, a list that is not one, references to parts that are not
 * there, more arguments than Next calls an action with). Next alone answers each with a 500; the server in front of
 * it (server/index.ts) refuses them with a 4xx and a message in the request's language, writing nothing.
 */
test.describe("server action requests no page sends", () => {
  const own = useOwnServer("fuzz-action-bodies");

  test("another site, too large, not decodable: a 4xx with a message, never a 5xx, nothing written", async ({
    playwright,
  }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "server-side test: once is enough");
    test.setTimeout(240_000);
    const actions = actionsOfBuild();
    const server = await own.start();
    const api = await playwright.request.newContext({ baseURL: server.url });
    await api.get("/");
    const before = tableCounts(own.databaseFile());
    const failures: string[] = [];
    type Sent = { origin?: string; body: string | Buffer | FormData; lang?: string };
    async function send(action: Action, sent: Sent) {
      const headers: Record<string, string> = {
        "next-action": action.id,
        accept: "text/x-component",
        "accept-language": sent.lang ?? "en",
        ...(sent.origin === undefined ? { origin: server.url } : sent.origin === "" ? {} : { origin: sent.origin }),
      };
      if (!(sent.body instanceof FormData)) headers["content-type"] = "text/plain;charset=UTF-8";
      return api.fetch(action.page, {
        method: "POST",
        headers,
        ...(sent.body instanceof FormData ? { multipart: sent.body } : { data: sent.body }),
        maxRedirects: 0,
      });
    }
    async function expectRefusal(action: Action, sent: Sent, status: number, message: RegExp, what: string) {
      const response = await send(action, sent).catch((error: Error) => error);
      if (response instanceof Error)
        return void failures.push(`no answer to ${what} ${action.name}: ${response.message}`);
      const text = await response.text();
      if (response.status() !== status || !message.test(text)) {
        failures.push(`${response.status()} to ${what} ${action.name}: ${text.slice(0, 160)}`);
      }
    }

    const crossSite = /^This form was sent from another site's page/;
    const notDecodable = /^What this form sent could not be read as a SynAck form/;
    const partsWithoutList = new FormData();
    partsWithoutList.append("1", '"no list"');
    const brokenList = new FormData();
    brokenList.append("0", "[{");
    for (const action of actions) {
      await expectRefusal(action, { origin: "http://evil.example", body: "[]" }, 403, crossSite, "another site");
      await expectRefusal(action, { origin: "null", body: "[]" }, 403, crossSite, "Origin null");
      await expectRefusal(action, { body: Buffer.alloc(5 * 1024 * 1024, "a") }, 413, /over 1 MB/, "5 MB");
      for (const body of ["[{", '["$1"]', '["$Q1"]', '["$h0"]', "", "not json at all"]) {
        await expectRefusal(action, { body }, 400, notDecodable, JSON.stringify(body));
      }
      await expectRefusal(action, { body: partsWithoutList }, 400, notDecodable, "parts without a list");
      await expectRefusal(action, { body: brokenList }, 400, notDecodable, "a broken list part");
      await expectRefusal(
        action,
        { body: JSON.stringify(Array(1001).fill("x")) },
        400,
        /more values than any SynAck form takes/,
        "1001 arguments",
      );
    }
    // In the request's language.
    const [first] = actions;
    if (first) {
      await expectRefusal(
        first,
        { body: "[{", lang: "zh-CN" },
        400,
        /^这个表单提交的内容无法作为 SynAck 表单读取/,
        "zh",
      );
      await expectRefusal(first, { origin: "http://evil.example", body: "[]", lang: "zh-CN" }, 403, /其他网站/, "zh");
    }

    // And random bodies: whatever arrives, never a 5xx.
    const junk = fc.oneof(
      nasty,
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .array(
          fc.oneof(
            nasty,
            nasty.map((x) => `$${x}`),
            fc.stringMatching(/^[0-9a-f]{1,4}(:[a-z0-9]{1,3})?$/).map((h) => `$${h}`),
          ),
          { maxLength: 5 },
        )
        .map((a) => JSON.stringify(a)),
    );
    await fc.assert(
      fc.asyncProperty(fc.nat(actions.length - 1), junk, async (a, body) => {
        const action = actions[a];
        // A well-formed call of an action that takes no input is a real request, and may write what it writes.
        if (!action || action.name in TAKE_NO_INPUT) return;
        const response = await send(action, { body });
        if (response.status() >= 500) failures.push(`${response.status()} to ${action.name}(${body.slice(0, 80)})`);
      }),
      { numRuns: 200, seed: Number(process.env.FUZZ_SEED ?? 20261202) },
    );
    expect(failures).toEqual([]);
    expect(changedTables(before, tableCounts(own.databaseFile()))).toEqual([]);
    await api.dispose();
  });
});

/** An argument list, short enough for a failure message. */
function shown(args: unknown[]): string {
  return args
    .map((a) => (a instanceof FormData ? `FormData(${[...a.keys()].join(",")})` : fc.stringify(a)).slice(0, 60))
    .join(", ");
}
