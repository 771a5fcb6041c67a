-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "learnerId" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'quiz',
    "generator" INTEGER NOT NULL DEFAULT 1,
    "seed" INTEGER NOT NULL,
    "seedKey" TEXT,
    "count" INTEGER NOT NULL,
    "level" TEXT,
    "focus" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "only" TEXT,
    "retryOfId" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "assignmentId" TEXT,
    "number" INTEGER,
    CONSTRAINT "Attempt_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("assignmentId", "count", "finishedAt", "focus", "id", "lang", "learnerId", "level", "number", "only", "retryOfId", "seed", "source", "startedAt") SELECT "assignmentId", "count", "finishedAt", "focus", "id", "lang", "learnerId", "level", "number", "only", "retryOfId", "seed", "source", "startedAt" FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE INDEX "Attempt_learnerId_startedAt_idx" ON "Attempt"("learnerId", "startedAt");
CREATE UNIQUE INDEX "Attempt_assignmentId_learnerId_number_key" ON "Attempt"("assignmentId", "learnerId", "number");
CREATE TABLE "new_CardMemory" (
    "learnerId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "generator" INTEGER NOT NULL DEFAULT 1,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "lastReview" DATETIME,

    PRIMARY KEY ("learnerId", "cardId"),
    CONSTRAINT "CardMemory_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_CardMemory" ("cardId", "difficulty", "due", "elapsedDays", "lapses", "lastReview", "learnerId", "learningSteps", "reps", "scheduledDays", "stability", "state") SELECT "cardId", "difficulty", "due", "elapsedDays", "lapses", "lastReview", "learnerId", "learningSteps", "reps", "scheduledDays", "stability", "state" FROM "CardMemory";
DROP TABLE "CardMemory";
ALTER TABLE "new_CardMemory" RENAME TO "CardMemory";
CREATE INDEX "CardMemory_learnerId_due_idx" ON "CardMemory"("learnerId", "due");
CREATE TABLE "new_Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "focus" TEXT NOT NULL,
    "level" TEXT,
    "count" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "generator" INTEGER NOT NULL DEFAULT 1,
    "seedKey" TEXT NOT NULL,
    "perStudentSeed" BOOLEAN NOT NULL DEFAULT false,
    "sameQuestions" BOOLEAN NOT NULL DEFAULT false,
    "reveal" TEXT NOT NULL DEFAULT 'question',
    "closedAt" DATETIME,
    "opensAt" DATETIME NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "timeLimitS" INTEGER,
    "maxAttempts" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Assignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Each assignment set before secret keys gets one (16 random bytes, as hex); its attempts so far keep the seed
-- they were made with, in their own rows.
INSERT INTO "new_Assignment" ("classId", "count", "createdAt", "dueAt", "focus", "id", "lang", "level", "maxAttempts", "opensAt", "perStudentSeed", "timeLimitS", "title", "seedKey") SELECT "classId", "count", "createdAt", "dueAt", "focus", "id", "lang", "level", "maxAttempts", "opensAt", "perStudentSeed", "timeLimitS", "title", lower(hex(randomblob(16))) FROM "Assignment";
DROP TABLE "Assignment";
ALTER TABLE "new_Assignment" RENAME TO "Assignment";
CREATE INDEX "Assignment_classId_idx" ON "Assignment"("classId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

