-- DropIndex
DROP INDEX "Attempt_assignmentId_idx";

