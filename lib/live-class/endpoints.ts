// The live class's HTTP endpoints, written against web Requests so the route handlers stay one line and the tests
// call them without Next:
//   GET  /api/v1/live/<id>/events?as=host|player   the stream (stream.ts)
//   POST /api/v1/live/<id>/commands                 {type, …}: the host's commands, or a player's answer
//   POST /api/v1/live/join                          {code, nickname}: joins (or rejoins) by join code
import { takeJoinGuess } from "@/lib/auth/limits";
import { normalizeCode } from "@/lib/classes/rules/join-code";
import { findLiveSession, findLiveSessionByCode, type LiveRecord } from "@/lib/db";
import { parseCookies } from "@/lib/http/cookies";
import { crossSite } from "@/lib/http/same-origin";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { localeOfRequest, textLang } from "@/lib/i18n/locales";
import type { MsgKey } from "@/lib/i18n/translate";
import { findPlayer, type Player, playerView, type Session } from "@/lib/live";
import { isLiveSecret, LIVE_COOKIE, liveCookie, newLiveSecret, rejoinKeyOf } from "./keys";
import { liveCommandBody, liveJoinBody } from "./schemas";
import { type LiveDeps, runLive } from "./service";
import { liveStream, SSE_HEADERS, type StreamFor, viewFor } from "./stream";

/** The signed-in account sending the request, or null (a guest). */
export type Identify = (request: Request) => Promise<{ id: string; name: string } | null>;

export type EndpointDeps = LiveDeps & { identify: Identify; secure: (request: Request) => boolean };

/** The largest command body (an answer is some 40 bytes). */
export const COMMAND_BODY_LIMIT_BYTES = 4096;

const NO_STORE = { "cache-control": "no-store" };

function refusal(request: Request, status: number, key: MsgKey): Response {
  const t = globalTranslatorFor(localeOfRequest(request));
  return Response.json({ ok: false, error: t(key) }, { status, headers: NO_STORE });
}

/** The body as JSON, or the reply that refuses it. */
async function jsonBody(request: Request): Promise<{ ok: true; json: unknown } | { ok: false; reply: Response }> {
  if (Number(request.headers.get("content-length") ?? 0) > COMMAND_BODY_LIMIT_BYTES)
    return { ok: false, reply: refusal(request, 413, "live.apiTooLarge") };
  const text = await request.text();
  if (text.length > COMMAND_BODY_LIMIT_BYTES) return { ok: false, reply: refusal(request, 413, "live.apiTooLarge") };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false, reply: refusal(request, 400, "live.apiBadBody") };
  }
}

const secretOf = (request: Request): string | null => {
  const value = parseCookies(request.headers.get("cookie")).get(LIVE_COOKIE);
  return isLiveSecret(value) ? value : null;
};

/** The player this browser is in the session: by its cookie's key, or by the signed-in account. */
function playerOf(session: Session, secret: string | null, userId: string | null): Player | null {
  return (
    (secret ? findPlayer(session, { rejoinKey: rejoinKeyOf(session.id, secret) }) : null) ??
    (userId ? findPlayer(session, { userId }) : null)
  );
}

/** Who a request for session `record` speaks for: its host, one of its players, or nobody. */
async function whoIs(request: Request, record: LiveRecord, deps: EndpointDeps, asHost: boolean) {
  const user = await deps.identify(request);
  if (asHost) return user && user.id === record.hostUserId ? ({ role: "host" } as const) : null;
  const player = playerOf(record.session, secretOf(request), user?.id ?? null);
  return player ? ({ role: "player", playerId: player.id } as const) : null;
}

const validId = (id: string) => id.length > 0 && id.length <= 40;

export async function eventsEndpoint(request: Request, id: string, deps: EndpointDeps): Promise<Response> {
  const record = validId(id) ? await findLiveSession(id, deps.client) : null;
  if (!record) return refusal(request, 404, "live.apiNoSession");
  const asHost = new URL(request.url).searchParams.get("as") === "host";
  const who: StreamFor | null = await whoIs(request, record, deps, asHost);
  if (!who) return refusal(request, 403, asHost ? "live.apiNotHost" : "live.apiNotPlayer");
  const stream = liveStream(id, who, () => findLiveSession(id, deps.client), request.signal, deps);
  return new Response(stream, { headers: SSE_HEADERS });
}

export async function commandEndpoint(request: Request, id: string, deps: EndpointDeps): Promise<Response> {
  if (crossSite(request)) return refusal(request, 403, "live.apiCrossSite");
  const body = await jsonBody(request);
  if (!body.ok) return body.reply;
  const parsed = liveCommandBody.safeParse(body.json);
  if (!parsed.success) return refusal(request, 400, "live.apiBadCommand");
  const record = validId(id) ? await findLiveSession(id, deps.client) : null;
  if (!record) return refusal(request, 404, "live.apiNoSession");
  const command = parsed.data;
  const who = await whoIs(request, record, deps, command.type !== "answer");
  if (!who) return refusal(request, 403, command.type === "answer" ? "live.apiNotPlayer" : "live.apiNotHost");
  const out = await runLive(
    id,
    () =>
      who.role === "player" && command.type === "answer"
        ? { type: "answer", playerId: who.playerId, round: command.round, choice: command.choice }
        : command.type === "answer"
          ? null
          : command,
    deps,
  );
  if (!out) return refusal(request, 404, "live.apiNoSession");
  const lang = textLang(localeOfRequest(request));
  if (!out.ok) return Response.json({ ok: false, error: out.reason[lang] }, { status: 409, headers: NO_STORE });
  return Response.json(
    { ok: true, view: viewFor(out.record.session, who, deps.now()), version: out.record.version },
    { headers: NO_STORE },
  );
}

export async function joinEndpoint(request: Request, deps: EndpointDeps): Promise<Response> {
  if (crossSite(request)) return refusal(request, 403, "live.apiCrossSite");
  const body = await jsonBody(request);
  if (!body.ok) return body.reply;
  const parsed = liveJoinBody.safeParse(body.json);
  if (!parsed.success) return refusal(request, 400, "live.apiBadJoin");
  const user = await deps.identify(request);
  // A live session is open to guests, so a guesser needs no account: misses count per address (and per account),
  // as for a class's code, and a code that names a session gives its guess back.
  const guess = await takeJoinGuess(
    user?.id ?? null,
    request.headers.get("x-forwarded-for"),
    deps.now(),
    deps.client,
    "live-join",
  );
  if (!guess.ok) {
    const t = globalTranslatorFor(localeOfRequest(request));
    return Response.json(
      { ok: false, error: t("live.apiTooManyGuesses", { minutes: Math.ceil(guess.retryAfterS / 60) }) },
      { status: 429, headers: { ...NO_STORE, "retry-after": String(guess.retryAfterS) } },
    );
  }
  const code = normalizeCode(parsed.data.code);
  const record = code ? await findLiveSessionByCode(code, deps.client) : null;
  if (!record) return refusal(request, 404, "live.apiNoCode");
  await guess.found();
  const known = secretOf(request);
  const secret = known ?? newLiveSecret();
  const id = record.session.id;
  const out = await runLive(
    id,
    () => ({
      type: "join",
      nickname: parsed.data.nickname,
      userId: user?.id ?? null,
      rejoinKey: rejoinKeyOf(id, secret),
    }),
    deps,
  );
  if (!out) return refusal(request, 404, "live.apiNoCode");
  const lang = textLang(localeOfRequest(request));
  if (!out.ok) return Response.json({ ok: false, error: out.reason[lang] }, { status: 409, headers: NO_STORE });
  const player = playerOf(out.record.session, secret, user?.id ?? null) as Player;
  const headers: Record<string, string> = { ...NO_STORE };
  if (!known) headers["set-cookie"] = liveCookie(secret, deps.secure(request));
  return Response.json(
    { ok: true, code: record.joinCode, view: playerView(out.record.session, player.id, deps.now()) },
    { headers },
  );
}
