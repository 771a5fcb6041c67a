// The server `npm run app` starts: Next serves every page and route, except the answer endpoint, which this server
// answers itself with the same code (server/answer-endpoint.ts). A class submitting at once is the heaviest load
// SynAck sees, and Next's per-request work (routing, proxy, rendering context) cost more than the answer itself:
// docs/benchmarks.md has the figures. `npm run dev` starts it with `--dev`: Next's development server in place of
// the build, which then also serves the answer endpoint (see main()).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { PassThrough } from "node:stream";
import next from "next";
import { overHttps } from "@/lib/auth/auth";
import { database, sqliteConnection } from "@/lib/db/client";
import { parseCookies } from "@/lib/http/cookies";
import { API_HEADERS, SECURITY_HEADERS } from "@/lib/http/response-headers.cjs";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { LOCALE_COOKIE, requestLocale } from "@/lib/i18n/locales";
import {
  ACTION_BODY_LIMIT_BYTES,
  actionBodyProblem,
  crossSiteAction,
  isActionRequest,
  isMultipart,
} from "./action-request";
import {
  ANSWER_BODY_LIMIT_BYTES,
  answerEndpoint,
  type BodyReader,
  type EndpointHeaders,
  parseJson,
} from "./answer-endpoint";
import { startAnswerWriter } from "./answer-writer";
import { checkpointInBackground } from "./checkpointer";
import { forwardedFor, trustsProxy } from "./client-address";

/** How long requests in flight get to finish after Ctrl-C or SIGTERM. */
const STOP_GRACE_MS = 4000;

/** The answer endpoint's path, exactly as the quiz sends it (anything else, trailing slash included, goes to Next). */
const ANSWERS_PATH = /^\/api\/v1\/attempts\/([^/?#]+)\/answers(?:\?.*)?$/;

const FIXED_HEADERS = Object.fromEntries([...SECURITY_HEADERS, ...API_HEADERS].map((h) => [h.key, h.value]));

/**
 * Sent on every response to a request that came over HTTPS (lib/auth/auth.ts overHttps): browsers then use HTTPS for
 * the next year. Never over plain HTTP, where a classroom server on http://192.168.1.5:3000 must keep working (and
 * where browsers ignore the header anyway, RFC 6797 §8.1). No includeSubDomains: other hosts of a school's domain
 * may not speak HTTPS.
 */
const HSTS = "max-age=31536000";

/** The request's headers for the answer endpoint: read where Node parsed them, made a `Headers` only if asked. */
function requestHeaders(req: IncomingMessage): EndpointHeaders {
  return {
    // Node keys them in lower case and has joined repeats (a repeated Cookie with "; ", as a browser would send it).
    get: (name) => {
      const value = req.headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
    whole: () => {
      const head = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (Array.isArray(value)) for (const v of value) head.append(name, v);
        else if (value !== undefined) head.set(name, value);
      }
      return head;
    },
  };
}

/** The body, read up to the limit: over it, reading stops and the request is answered without the rest. */
function bodyReader(req: IncomingMessage): BodyReader {
  return () =>
    new Promise((resolve, reject) => {
      if (Number(req.headers["content-length"] ?? 0) > ANSWER_BODY_LIMIT_BYTES) {
        resolve({ tooLarge: true });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      req.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > ANSWER_BODY_LIMIT_BYTES) {
          req.removeAllListeners("data");
          req.resume();
          resolve({ tooLarge: true });
        } else chunks.push(chunk);
      });
      req.once("end", () => {
        if (size > ANSWER_BODY_LIMIT_BYTES) return;
        try {
          resolve({ tooLarge: false, json: parseJson(Buffer.concat(chunks).toString("utf8")) });
        } catch (error) {
          reject(error);
        }
      });
      req.once("error", reject);
    });
}

function decoded(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * A path whose percent-escapes do not decode (`/quiz/%E0%A4%A`) is the client's mistake: Next answers it with a 500,
 * so it is answered here, with a 400, before Next sees it.
 */
function refuseBadPath(req: IncomingMessage, res: ServerResponse): boolean {
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  if (!path.includes("%") || decoded(path) !== null) return false;
  refuse(res, 400, translatorOf(req)("common.badAddress"));
  return true;
}

/**
 * A refusal this server writes itself, as plain text in the request's language. Whatever of the body is still
 * coming is read and dropped, so the client can finish sending and read the answer (Node's request timeout bounds
 * how long a body that never ends can take).
 */
function refuse(res: ServerResponse, status: number, message: string, req?: IncomingMessage): void {
  res.writeHead(status, { ...FIXED_HEADERS, "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end(message);
  req?.resume();
}

/** The whole body, or null once it is over `limit` (reading then stops). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.resume();
        resolve(null);
      } else chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => {
      if (size <= limit) resolve(Buffer.concat(chunks));
    });
    req.once("error", reject);
  });
}

/**
 * The request again, its body read already: what Next reads instead of the one this server consumed. A stream of
 * its own with the request's line, headers and socket (an IncomingMessage made anew would read from the socket).
 */
function replayed(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new PassThrough();
  copy.end(body);
  return Object.assign(copy, {
    method: req.method,
    url: req.url,
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
    socket: req.socket,
    connection: req.socket,
    complete: true,
    aborted: false,
  }) as unknown as IncomingMessage;
}

/**
 * A server action, checked before Next sees it (server/action-request.ts): another site's Origin is a 403, a body
 * over Next's limit a 413, and a body React cannot decode into arguments a 400, each with a message in the
 * request's language, where Next would answer 500. Anything else goes on to Next with its body as it came.
 */
async function serveAction(req: IncomingMessage, res: ServerResponse, handle: NextHandler): Promise<void> {
  const t = translatorOf(req);
  if (crossSiteAction(req.headers)) return refuse(res, 403, t("common.actionCrossSite"), req);
  const tooLarge = () =>
    refuse(res, 413, t("common.actionTooLarge", { mb: ACTION_BODY_LIMIT_BYTES / 1024 / 1024 }), req);
  if (Number(req.headers["content-length"] ?? 0) > ACTION_BODY_LIMIT_BYTES) return tooLarge();
  const body = await readBody(req, ACTION_BODY_LIMIT_BYTES);
  if (body === null) return tooLarge();
  // Only a request with Next-Action is decoded with decodeReply; a form posted without JavaScript goes through
  // React's decodeAction, which Next answers itself with a 400 when it cannot.
  if (req.headers["next-action"] !== undefined) {
    const multipart = isMultipart(req.headers);
    const parts = multipart ? await formParts(req, body) : body.toString("utf8");
    const problem = parts === null ? "common.actionNotDecodable" : actionBodyProblem(parts);
    if (problem) return refuse(res, 400, t(problem));
  }
  await handle(replayed(req, body), res);
}

/** A multipart body's parts, read as Next reads them; null when it is no multipart body. */
async function formParts(req: IncomingMessage, body: Buffer): Promise<FormData | null> {
  try {
    const type = String(req.headers["content-type"] ?? "");
    return await new Request("http://localhost/", {
      method: "POST",
      headers: { "content-type": type },
      body: new Uint8Array(body),
    }).formData();
  } catch {
    return null;
  }
}

type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The words for a reply this server writes itself, in the language the request's pages would be in. */
function translatorOf(req: IncomingMessage) {
  const cookies = parseCookies(req.headers.cookie ?? null);
  return globalTranslatorFor(requestLocale(cookies.get(LOCALE_COOKIE), req.headers["accept-language"] ?? null));
}

async function serveAnswer(req: IncomingMessage, res: ServerResponse, attemptId: string): Promise<void> {
  try {
    const reply = await answerEndpoint(requestHeaders(req), bodyReader(req), attemptId);
    const body = JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      ...FIXED_HEADERS,
      ...reply.headers,
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
    });
    res.end(body);
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { ...FIXED_HEADERS, "content-type": "application/json" });
    res.end(JSON.stringify({ error: translatorOf(req)("quiz.apiServerError") }));
  }
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const dev = process.argv.includes("--dev");
  // next.config.js refuses to serve without this: Next started alone would skip everything this server does first.
  process.env.SYNACK_SERVER = "1";
  const app = next({ dev, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  await app.prepare();
  // On SQLite, answers are written on a thread of their own while this one serves the next requests, and the
  // write-ahead log is copied into the database on another (server/answer-writer.ts, server/checkpointer.ts).
  const sqlite = sqliteConnection(await database());
  if (sqlite) {
    checkpointInBackground(sqlite);
    // Under `npm run dev` answers are written where Next's route handler runs, in code hot reload keeps current.
    if (!dev) startAnswerWriter(sqlite);
  }

  const trustProxy = trustsProxy();
  const server = createServer((req, res) => {
    // Before anything reads it: the sign-in and sign-up limits count per address (see server/client-address.ts).
    req.headers["x-forwarded-for"] = forwardedFor(req.headers["x-forwarded-for"], req.socket.remoteAddress, trustProxy);
    if (overHttps(requestHeaders(req))) res.setHeader("strict-transport-security", HSTS);
    if (refuseBadPath(req, res)) return;
    // Under `npm run dev`, Next's route handler answers it, with the same answerEndpoint: this process loads its
    // own modules once, and Next's development server reloads the code an edit changed.
    const match = req.method === "POST" && !dev ? ANSWERS_PATH.exec(req.url ?? "") : null;
    const attemptId = match?.[1] ? decoded(match[1]) : null;
    if (attemptId !== null) {
      void serveAnswer(req, res, attemptId);
      return;
    }
    if (isActionRequest(req.method, req.url, req.headers)) {
      serveAction(req, res, handle).catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) refuse(res, 500, translatorOf(req)("quiz.apiServerError"));
      });
      return;
    }
    void handle(req, res);
  });
  server.listen(port, () => console.log(`SynAck: serving http://localhost:${port}`));

  // Stop taking requests, let those in flight finish, and close keep-alive connections a browser left open.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), STOP_GRACE_MS).unref();
    });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
