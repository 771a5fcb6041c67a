// The server `npm run app` starts: Next serves every page and route, except the answer endpoint, which this server
// answers itself with the same code (lib/http/answer-endpoint.ts). A class submitting at once is the heaviest load
// SynAck sees, and Next's per-request work (routing, proxy, rendering context) cost more than the answer itself:
// docs/benchmarks.md has the figures. `npm run dev` starts it with `--dev`: Next's development server in place of
// the build, which then also serves the answer endpoint (see main()).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { startAnswerWriter } from "@/lib/db/answer-writer";
import { checkpointInBackground } from "@/lib/db/checkpointer";
import { database, sqliteConnection } from "@/lib/db/client";
import {
  ANSWER_BODY_LIMIT_BYTES,
  answerEndpoint,
  type BodyReader,
  type EndpointHeaders,
  parseJson,
} from "@/lib/http/answer-endpoint";
import { parseCookies } from "@/lib/http/cookies";
import { API_HEADERS, SECURITY_HEADERS } from "@/lib/http/response-headers.cjs";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { LOCALE_COOKIE, requestLocale } from "@/lib/i18n/locales";
import { forwardedFor, trustsProxy } from "./lib/client-address";

/** How long requests in flight get to finish after Ctrl-C or SIGTERM. */
const STOP_GRACE_MS = 4000;

/** The answer endpoint's path, exactly as the quiz sends it (anything else, trailing slash included, goes to Next). */
const ANSWERS_PATH = /^\/api\/v1\/attempts\/([^/?#]+)\/answers(?:\?.*)?$/;

const FIXED_HEADERS = Object.fromEntries([...SECURITY_HEADERS, ...API_HEADERS].map((h) => [h.key, h.value]));

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
  res.writeHead(400, { ...FIXED_HEADERS, "content-type": "text/plain; charset=utf-8" });
  res.end(translatorOf(req)("common.badAddress"));
  return true;
}

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
  const app = next({ dev, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  await app.prepare();
  // On SQLite, answers are written on a thread of their own while this one serves the next requests, and the
  // write-ahead log is copied into the database on another (lib/db/answer-writer.ts, lib/db/checkpointer.ts).
  const sqlite = sqliteConnection(await database());
  if (sqlite) {
    checkpointInBackground(sqlite);
    // Under `npm run dev` answers are written where Next's route handler runs, in code hot reload keeps current.
    if (!dev) startAnswerWriter(sqlite);
  }

  const trustProxy = trustsProxy();
  const server = createServer((req, res) => {
    // Before anything reads it: the sign-in and sign-up limits count per address (see scripts/lib/client-address.ts).
    req.headers["x-forwarded-for"] = forwardedFor(req.headers["x-forwarded-for"], req.socket.remoteAddress, trustProxy);
    if (refuseBadPath(req, res)) return;
    // Under `npm run dev`, Next's route handler answers it, with the same answerEndpoint: this process loads its
    // own modules once, and Next's development server reloads the code an edit changed.
    const match = req.method === "POST" && !dev ? ANSWERS_PATH.exec(req.url ?? "") : null;
    const attemptId = match?.[1] ? decoded(match[1]) : null;
    if (attemptId !== null) {
      void serveAnswer(req, res, attemptId);
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
