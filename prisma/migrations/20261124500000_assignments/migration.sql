-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "focus" TEXT NOT NULL,
    "level" TEXT,
    "count" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "perStudentSeed" BOOLEAN NOT NULL DEFAULT false,
    "opensAt" DATETIME NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "timeLimitS" INTEGER,
    "maxAttempts" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Assignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "learnerId" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'quiz',
    "seed" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "level" TEXT,
    "focus" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "only" TEXT,
    "retryOfId" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "assignmentId" TEXT,
    CONSTRAINT "Attempt_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("count", "finishedAt", "focus", "id", "lang", "learnerId", "level", "only", "retryOfId", "seed", "source", "startedAt") SELECT "count", "finishedAt", "focus", "id", "lang", "learnerId", "level", "only", "retryOfId", "seed", "source", "startedAt" FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE INDEX "Attempt_learnerId_startedAt_idx" ON "Attempt"("learnerId", "startedAt");
CREATE INDEX "Attempt_assignmentId_idx" ON "Attempt"("assignmentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Assignment_classId_idx" ON "Assignment"("classId");

