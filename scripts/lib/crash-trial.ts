// The crash trial shared by e2e/durability.spec.ts (small, asserted) and `npm run bench` (larger, reported): a
// stream of answers to a real server, kill -9 in the middle of it, a restart on the same database file, and a look
// at what survived.
import type { SeededQuizzes } from "../bench/seed";
import { rowsIn } from "./rows";

type Answer = SeededQuizzes["answers"][number];

/** A server that can be killed the hard way (e2e/support/durability-server.ts). */
export type Killable = { url: string; port: number; kill9: () => Promise<void>; stop: () => Promise<void> };

export type CrashTrialOptions = {
  databaseFile: string;
  /** The server under load, already running on `databaseFile`. */
  server: Killable;
  /** Starts the server again on the same file and port. */
  restart: (port: number) => Promise<Killable>;
  /** Answers to stream, each sent once, in order; each a right answer to its question. */
  answers: Answer[];
  /** How many are in flight at once. */
  concurrency: number;
  /** The kill comes once this many were acknowledged and `minLoadMs` have passed (or half the answers were sent). */
  minAcknowledged: number;
  minLoadMs: number;
  /** How long to wait for that before giving up. */
  timeoutMs?: number;
};

export type CrashTrialResult = {
  /** Answers a 200 acknowledged before the kill. */
  acknowledged: Answer[];
  sent: number;
  inFlightAtKill: number;
  loadMs: number;
  /** Non-200 answers before the kill (there should be none: every answer sent is valid). */
  refused: string[];
  /** Rows in the Answer table after the restart. */
  recorded: number;
  /** Acknowledged answers missing after the restart. */
  lost: Answer[];
  /** Rows that are not what was sent: unknown, judged wrong, with another learner's attempt, or changed. */
  damaged: string[];
  integrity: string;
  foreignKeyProblems: number;
  /** Attempts marked finished without all their answers. */
  finishedEarly: number;
  /** The restarted server, for checks of its own; the caller stops it. */
  restarted: Killable;
};

const key = (attemptId: string, questionId: string) => `${attemptId} ${questionId}`;

/** POSTs one answer body to an attempt's answer endpoint with the given Cookie header. */
export function postTo(url: string, attemptId: string, cookie: string, body: object): Promise<Response> {
  return fetch(`${url}/api/v1/attempts/${attemptId}/answers`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(body),
  });
}

/** A seeded guest's answer, as the quiz page sends it. */
export function postAnswer(url: string, a: Answer): Promise<Response> {
  return postTo(url, a.attemptId, `synack_guest=${a.guestToken}`, {
    questionId: a.questionId,
    response: a.response,
    durationMs: 1500,
  });
}

export async function crashTrial(options: CrashTrialOptions): Promise<CrashTrialResult> {
  const { answers, server, databaseFile: file } = options;
  const acknowledged: Answer[] = [];
  const refused: string[] = [];
  let sent = 0;
  let inFlight = 0;
  let killed = false;
  const worker = async () => {
    while (!killed && sent < answers.length) {
      const a = answers[sent++] as Answer;
      inFlight++;
      try {
        const response = await postAnswer(server.url, a);
        const text = await response.text();
        if (response.status === 200) acknowledged.push(a);
        else refused.push(`${response.status} ${text}`);
      } catch {
        // Cut off by the kill (or refused after it): not acknowledged, so it may or may not have been recorded.
      } finally {
        inFlight--;
      }
    }
  };
  const load = Promise.all(Array.from({ length: options.concurrency }, worker));
  const started = Date.now();
  const deadline = started + (options.timeoutMs ?? 120_000);
  const underWay = () => Date.now() - started >= options.minLoadMs || sent >= answers.length / 2;
  while (!(underWay() && acknowledged.length >= options.minAcknowledged)) {
    if (Date.now() > deadline) {
      killed = true;
      await load;
      throw new Error(`Only ${acknowledged.length} answers were acknowledged in ${Date.now() - started} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const loadMs = Date.now() - started;
  const inFlightAtKill = inFlight;
  // No new answers once the kill starts (those in flight stay in flight): answers sent while the kill and the wait
  // for the port take their time would only be refused connections.
  killed = true;
  await server.kill9();
  await load;
  const acked = acknowledged.slice();

  const restarted = await options.restart(server.port);
  const [{ integrity_check: integrity = "" } = {}] = rowsIn<{ integrity_check: string }>(
    file,
    "PRAGMA integrity_check",
  );
  const foreignKeyProblems = rowsIn(file, "PRAGMA foreign_key_check").length;
  const rows = rowsIn<{
    attemptId: string;
    questionId: string;
    response: string;
    correct: number;
    questionType: string;
    learnerMatches: number;
  }>(
    file,
    `SELECT a."attemptId", a."questionId", a."response", a."correct", a."questionType",
            a."learnerId" = t."learnerId" AS "learnerMatches"
     FROM "Answer" a LEFT JOIN "Attempt" t ON t."id" = a."attemptId"`,
  );
  const recorded = new Map(rows.map((r) => [key(r.attemptId, r.questionId), r]));
  const sentAnswers = new Map(answers.slice(0, sent).map((a) => [key(a.attemptId, a.storedAs), a]));
  const damaged: string[] = [];
  for (const [k, row] of recorded) {
    const original = sentAnswers.get(k);
    const given = original?.response;
    const expected = typeof given === "string" ? given.trim() : JSON.stringify(given);
    if (!original) damaged.push(`${k}: nobody sent it`);
    else if (row.correct !== 1 || row.learnerMatches !== 1 || row.questionType === "" || row.response !== expected) {
      damaged.push(`${k}: ${JSON.stringify(row)}`);
    }
  }
  const finishedEarly = rowsIn(
    file,
    `SELECT t."id" FROM "Attempt" t
     WHERE t."finishedAt" IS NOT NULL AND (SELECT COUNT(*) FROM "Answer" a WHERE a."attemptId" = t."id") < t."count"`,
  ).length;
  return {
    acknowledged: acked,
    sent,
    inFlightAtKill,
    loadMs,
    refused,
    recorded: recorded.size,
    lost: acked.filter((a) => !recorded.has(key(a.attemptId, a.storedAs))),
    damaged,
    integrity,
    foreignKeyProblems,
    finishedEarly,
    restarted,
  };
}
