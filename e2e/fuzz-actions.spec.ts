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

/** An argument list, short enough for a failure message. */
function shown(args: unknown[]): string {
  return args
    .map((a) => (a instanceof FormData ? `FormData(${[...a.keys()].join(",")})` : fc.stringify(a)).slice(0, 60))
    .join(", ");
}
