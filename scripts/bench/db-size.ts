import { randomUUID } from "node:crypto";
import fs from "node:fs";
import Database from "better-sqlite3";
import { basisKey, practiceSpec, quizQuestions } from "@/lib/quiz";
import { LIVE_VERSION } from "@/lib/versions";

export type DbSizeFigures = { answers: number; attempts: number; fileBytes: number; bytesPerAnswer: number };

/**
 * The size of a database holding `answers` recorded answers: written as the app writes them (one Attempt per 50
 * answers, real question ids, basis keys and responses from generated quizzes, a row per answer with its indexes),
 * but inserted in batches with better-sqlite3 so it takes seconds. `file` is an empty, migrated database.
 */
export function measureDbSize(file: string, answers = 100_000): DbSizeFigures {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const learnerIds = Array.from({ length: 200 }, () => randomUUID());
  const addLearner = db.prepare(`INSERT INTO "Learner" (id, kind, createdAt) VALUES (?, 'guest', ?)`);
  const addAttempt = db.prepare(
    `INSERT INTO "Attempt" (id, learnerId, source, generator, seed, count, level, focus, lang, startedAt, finishedAt)
     VALUES (?, ?, 'quiz', ${LIVE_VERSION}, ?, 50, NULL, 'everything', 'en', ?, ?)`,
  );
  const addAnswer = db.prepare(
    `INSERT INTO "Answer" (id, learnerId, questionId, questionType, source, response, correct, durationMs, basisKey, attemptId, createdAt)
     VALUES (?, ?, ?, ?, 'quiz', ?, ?, ?, ?, ?, ?)`,
  );
  const quizzes = Array.from({ length: 8 }, (_, seed) =>
    quizQuestions(practiceSpec({ seed, count: 50, level: null, focus: "everything", lang: "en", only: null })),
  );
  // DateTime columns as Prisma writes them in SQLite (ISO 8601 text), so the size is the app's.
  const now = new Date().toISOString().replace("Z", "+00:00");
  const attempts = Math.ceil(answers / 50);
  db.transaction(() => {
    for (const id of learnerIds) addLearner.run(id, now);
    let written = 0;
    for (let a = 0; a < attempts; a++) {
      const learnerId = learnerIds[a % learnerIds.length] as string;
      const attemptId = randomUUID();
      const questions = quizzes[a % quizzes.length] ?? [];
      addAttempt.run(attemptId, learnerId, a % quizzes.length, now, now);
      for (const q of questions) {
        if (written >= answers) break;
        const response = Array.isArray(q.answer) ? JSON.stringify(q.answer) : q.answer;
        addAnswer.run(
          randomUUID(),
          learnerId,
          q.id,
          q.type,
          response,
          written % 4 ? 1 : 0,
          4000,
          basisKey(q),
          attemptId,
          now,
        );
        written += 1;
      }
    }
  })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  const fileBytes = fs.statSync(file).size;
  return { answers, attempts, fileBytes, bytesPerAnswer: Math.round(fileBytes / answers) };
}
