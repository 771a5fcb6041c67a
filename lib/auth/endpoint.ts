// better-auth's HTTP endpoints as SynAck serves them (app/api/auth/[...all]/route.ts): only the three the forms use,
// each answered as if better-auth had been told the address the browser actually opened.
import type { Auth } from "./auth";

/** What the interface calls: the two forms and the sign-out button. Every other endpoint is a 404. */
const USED = new Set(["POST /sign-up/email", "POST /sign-in/email", "POST /sign-out"]);

/** Where better-auth's endpoints live under the site. */
const BASE_PATH = "/api/auth";

/**
 * The origin the browser had in its address bar when it sent these headers: the Host it connected to, over http or
 * https. Null for a Host that is not just a host and port (a path, credentials, spaces), which then trusts nothing.
 */
export function ownOrigin(headers: Pick<Headers, "get">, https: boolean): string | null {
  const host = headers.get("host")?.trim();
  if (!host || /[/\\?#@\s]/.test(host)) return null;
  try {
    const url = new URL(`${https ? "https" : "http"}://${host}`);
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * The request as it arrived, at the address it was sent to. Next hands route handlers a URL built from its own
 * host name (localhost), so better-auth, which trusts the origin of the URL it is given, would trust
 * http://localhost:PORT only and refuse a page opened at 127.0.0.1 or 192.168.1.5 as cross-site. With
 * BETTER_AUTH_URL set, better-auth trusts that origin alone, and the request is passed on as it is.
 */
function atOwnOrigin(request: Request, https: boolean, env: Env): Request {
  if (env.BETTER_AUTH_URL) return request;
  const origin = ownOrigin(request.headers, https);
  const url = new URL(request.url);
  if (!origin || url.origin === origin) return request;
  const init: RequestInit & { duplex?: "half" } = {
    method: request.method,
    headers: request.headers,
    body: request.body,
    duplex: "half",
    signal: request.signal,
  };
  return new Request(`${origin}${url.pathname}${url.search}`, init);
}

type Env = Readonly<Record<string, string | undefined>>;

function notFound(): Response {
  return Response.json({ code: "NOT_FOUND", message: "Not found." }, { status: 404 });
}

/**
 * A successful sign-up or sign-in answers with the session token in its JSON as well as in the httpOnly cookie:
 * nothing of SynAck reads it there, and a script that should not be on the page could, so it is left out.
 */
async function withoutToken(response: Response): Promise<Response> {
  if (!response.ok || !(response.headers.get("content-type") ?? "").includes("application/json")) return response;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  if (!body || typeof body !== "object" || !("token" in body)) return response;
  const { token: _token, ...rest } = body as Record<string, unknown>;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(rest), { status: response.status, headers });
}

/** Answers one request to /api/auth/…: a 404 for endpoints the interface does not use, better-auth's answer else. */
export async function serveAuth(auth: Auth, request: Request, https: boolean, env: Env = process.env) {
  const url = new URL(request.url);
  const path = url.pathname.startsWith(BASE_PATH) ? url.pathname.slice(BASE_PATH.length) : url.pathname;
  if (!USED.has(`${request.method} ${path}`)) return notFound();
  return withoutToken(await auth.handler(atOwnOrigin(request, https, env)));
}
