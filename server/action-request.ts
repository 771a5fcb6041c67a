// What server/index.ts checks of a server-action request before Next sees it. Next answers 500 to three mistakes
// of the client's: another site's Origin, a body over its 1 MB limit, and a body React cannot decode into the
// action's arguments. Each is refused here with a 4xx instead, writing nothing, as any other bad input is.

/** Next's default limit on a server action's body (serverActions.bodySizeLimit). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/** Next refuses to call an action with more arguments than this (SERVER_ACTION_ARGS_LIMIT in its action handler). */
const MAX_ARGUMENTS = 1000;

/** Deeper than any argument SynAck's actions take; far shallower than what would exhaust a stack decoding it. */
const MAX_DEPTH = 64;

type HeaderValue = string | string[] | undefined;
type RequestHeaders = Readonly<Record<string, HeaderValue>>;

const first = (value: HeaderValue): string | undefined => (Array.isArray(value) ? value[0] : value);

/**
 * Whether Next would treat this request as a server action (its getServerActionRequestMetadata): a POST to a page
 * with a Next-Action header (what React sends), or a multipart form posted to a page (an action without
 * JavaScript). Route handlers (/api/…) and Next's own files are not pages.
 */
export function isActionRequest(method: string | undefined, url: string | undefined, headers: RequestHeaders) {
  if (method !== "POST") return false;
  const path = (url ?? "/").split("?")[0] ?? "/";
  if (path.startsWith("/api/") || path.startsWith("/_next/")) return false;
  return first(headers["next-action"]) !== undefined || isMultipart(headers);
}

export function isMultipart(headers: RequestHeaders): boolean {
  return (first(headers["content-type"]) ?? "").toLowerCase().startsWith("multipart/form-data");
}

/**
 * An Origin that is not the page's own host, as Next's own check compares them (the Origin's host against
 * X-Forwarded-Host or Host): what Next would refuse with a 500. No Origin at all passes, as it does in Next (a
 * browser always sends one on a POST; a hand-made request carries no one else's cookies).
 */
export function crossSiteAction(headers: RequestHeaders): boolean {
  const origin = first(headers.origin);
  if (origin === undefined) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true;
  }
  if (!host) return true;
  const forwarded = first(headers["x-forwarded-host"])?.split(",")[0]?.trim();
  return host !== forwarded && host !== first(headers.host);
}

/** Why React could not turn an action's body into arguments, as a message key. */
export type BodyProblem = "common.actionNotDecodable" | "common.actionTooManyArguments";

type Parts = { get(name: string): FormDataEntryValue | null };

/** How React reads what a reference points at: any value, or what a Set or iterator (an array) or a Map (entries) is made from. */
type Shape = "any" | "array" | "entries";

/** After their "$", values React writes in place: "$$x" (a string starting with $), undefined, NaN, ±Infinity, -0, a date, a temporary reference, a FormData of the body's own fields. */
const IN_PLACE = new Set(["$", "u", "N", "I", "-", "D", "H", "T", "K"]);

/** A reference can lead through this many others ("$1:a" where part 1's a is "$2"): more than encodeReply writes. */
const MAX_HOPS = 32;

/**
 * Whether React's decodeReply can decode this body into an argument list: the JSON React's encodeReply writes,
 * as one string (`[…]`) or as the parts of a multipart body (the list in part "0", what it refers to in others).
 * Checked as React reads it (react-server-dom's parseModelString and getOutlinedModel): every "$…" string is a
 * value written in place, or a reference to a part that exists, decodes in turn and has what a path into it
 * names. What SynAck's actions never take (streams, typed arrays, server functions as arguments) is refused.
 */
export function actionBodyProblem(body: string | Parts): BodyProblem | null {
  const parsed = new Map<number, unknown>();
  /** Part `id` as JSON; undefined when it is missing or not JSON. Part 0 is the argument list. */
  const partValue = (id: number): unknown => {
    if (!parsed.has(id)) {
      const text = id === 0 && typeof body === "string" ? body : typeof body === "string" ? null : body.get(String(id));
      parsed.set(id, typeof text === "string" ? parseJson(text) : undefined);
    }
    return parsed.get(id);
  };
  const isBlob = (id: number) => typeof body !== "string" && body.get(String(id)) instanceof Blob;

  const list = partValue(0);
  if (!Array.isArray(list)) return "common.actionNotDecodable";
  if (list.length > MAX_ARGUMENTS) return "common.actionTooManyArguments";
  const done = new Set<string>();
  const pending: { value: unknown; shape: Shape }[] = [{ value: list, shape: "array" }];
  while (pending.length > 0) {
    const next = pending.pop();
    if (!next) break;
    if (next.shape !== "any" && !Array.isArray(next.value)) return "common.actionNotDecodable";
    if (next.shape === "entries" && !(next.value as unknown[]).every(Array.isArray)) return "common.actionNotDecodable";
    const strings = stringsIn(next.value);
    if (strings === null) return "common.actionNotDecodable";
    for (const value of strings) {
      const reference = referenceOf(value, isBlob);
      if (reference === null) return "common.actionNotDecodable";
      if (reference === "in-place") continue;
      const seen = `${reference.id}:${reference.path.join(":")}:${reference.shape}`;
      if (done.has(seen)) continue;
      done.add(seen);
      const target = resolve(partValue, reference.id, reference.path, 0);
      if (target === null) return "common.actionNotDecodable";
      pending.push({ value: target.value, shape: reference.shape });
    }
  }
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A plain reference "$<hex id>[:path]", which a path may lead through. */
const PLAIN_REFERENCE = /^\$([0-9a-f]{1,8})((?::[^:]*)*)$/;

/** What a path into part `id` reaches, following plain references on the way; null if React would find nothing there. */
function resolve(
  partValue: (id: number) => unknown,
  id: number,
  path: readonly string[],
  hops: number,
): { value: unknown } | null {
  if (hops > MAX_HOPS) return null;
  let value = partValue(id);
  if (value === undefined) return null;
  for (const step of path) {
    // React walks the decoded value: a plain reference is the part it names; any other "$…" is no plain object.
    let hop = hops;
    while (typeof value === "string") {
      const plain = PLAIN_REFERENCE.exec(value);
      if (!plain || ++hop > MAX_HOPS) return null;
      const through = resolve(partValue, Number.parseInt(plain[1] ?? "", 16), splitPath(plain[2] ?? ""), hop);
      if (!through) return null;
      value = through.value;
    }
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, step)) return null;
    value = (value as Record<string, unknown>)[step];
  }
  return { value };
}

const splitPath = (suffix: string): string[] => (suffix ? suffix.slice(1).split(":") : []);

/**
 * The strings in a decoded value, walked without recursion so no nesting can exhaust the stack; null for nesting
 * deeper than any argument of ours.
 */
function stringsIn(root: unknown): string[] | null {
  const found: string[] = [];
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const { value, depth } = item;
    if (depth > MAX_DEPTH) return null;
    if (typeof value === "string") {
      if (value.startsWith("$")) found.push(value);
    } else if (value !== null && typeof value === "object") {
      for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
    }
  }
  return found;
}

type Reference = { id: number; path: string[]; shape: Shape };

function referenceOf(value: string, isBlob: (id: number) => boolean): Reference | "in-place" | null {
  const tag = value[1] ?? "";
  if (IN_PLACE.has(tag)) return "in-place";
  // A BigInt: React refuses more than 300 digits, and BigInt() anything that is not an integer.
  if (tag === "n") return /^-?\d{1,300}$/.test(value.slice(2)) ? "in-place" : null;
  // A Blob, sent as a file part of its own.
  if (tag === "B") {
    const id = hexId(value.slice(2));
    return id !== null && isBlob(id) ? "in-place" : null;
  }
  const shape: Shape | undefined = { Q: "entries", W: "array", i: "array", "@": "any" }[tag] as Shape | undefined;
  const plain = PLAIN_REFERENCE.exec(shape ? `$${value.slice(2)}` : value);
  if (!plain) {
    // Server functions ($h), streams ($R $r $X $x), typed arrays ($A … $V): no action of SynAck takes one.
    return null;
  }
  const id = hexId(plain[1] ?? "");
  return id === null ? null : { id, path: splitPath(plain[2] ?? ""), shape: shape ?? "any" };
}

function hexId(hex: string): number | null {
  return /^[0-9a-f]{1,8}$/.test(hex) ? Number.parseInt(hex, 16) : null;
}
