-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "number" INTEGER;

-- Number the assignment attempts already taken, per assignment and learner, in the order they were started (the id
-- breaks a tie), so the unique index below can be built. Practice attempts (no assignment) keep a null number, which
-- the index does not constrain. (No semicolon in these comments: the PostgreSQL adapter splits the script at each.)
UPDATE "Attempt" SET "number" = (
    SELECT COUNT(*) FROM "Attempt" AS "earlier"
    WHERE "earlier"."assignmentId" = "Attempt"."assignmentId"
      AND "earlier"."learnerId" = "Attempt"."learnerId"
      AND ("earlier"."startedAt" < "Attempt"."startedAt"
           OR ("earlier"."startedAt" = "Attempt"."startedAt" AND "earlier"."id" <= "Attempt"."id"))
)
WHERE "assignmentId" IS NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Attempt_assignmentId_learnerId_number_key" ON "Attempt"("assignmentId", "learnerId", "number");
