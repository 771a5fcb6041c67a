// The floor for answer submission: a bare node:http server that does what the app's endpoint must at least do,
// parse the JSON body and insert one Answer row with better-sqlite3, and nothing else (no session, no judging, no
// framework). Started by scripts/bench.ts as its own process, like the app: PORT and DB_FILE in the environment.
import { randomUUID } from "node:crypto";
import http from "node:http";
import Database from "better-sqlite3";

const port = Number(process.env.PORT);
const db = new Database(String(process.env.DB_FILE));
db.pragma("journal_mode = WAL");
db.pragma("busy_timeout = 5000");
db.pragma("foreign_keys = ON");
const learnerId = String(process.env.LEARNER_ID);
// createdAt is written as Prisma writes a DateTime in SQLite (ISO 8601 text), so both servers write the same row.
const insert = db.prepare(
  `INSERT INTO "Answer" (id, learnerId, questionId, questionType, source, response, correct, durationMs, basisKey, attemptId, createdAt)
   VALUES (?, ?, ?, 'bench', 'quiz', ?, 1, ?, NULL, ?, ?)`,
);
const PATH = /^\/api\/v1\/attempts\/([^/]+)\/answers$/;

http
  .createServer((req, res) => {
    if (req.method === "GET" && req.url === "/health") {
      res.writeHead(200).end("ok");
      return;
    }
    const match = PATH.exec(req.url ?? "");
    if (req.method !== "POST" || !match) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
          questionId: string;
          response: string | string[];
          durationMs?: number;
        };
        const response = Array.isArray(body.response) ? body.response.join(" ") : body.response;
        insert.run(
          randomUUID(),
          learnerId,
          body.questionId,
          response,
          body.durationMs ?? null,
          match[1],
          new Date().toISOString().replace("Z", "+00:00"),
        );
        res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      } catch (error) {
        res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: String(error) }));
      }
    });
  })
  .listen(port, () => console.log(`floor listening on ${port}`));
