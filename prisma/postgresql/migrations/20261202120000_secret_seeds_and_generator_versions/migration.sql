-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "generator" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "seedKey" TEXT;

-- AlterTable
ALTER TABLE "CardMemory" ADD COLUMN     "generator" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Assignment" DROP COLUMN "seed",
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "generator" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "reveal" TEXT NOT NULL DEFAULT 'question',
ADD COLUMN     "sameQuestions" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "seedKey" TEXT;

-- Each assignment set before secret keys gets one: 122 random bits from gen_random_uuid (PostgreSQL 13 and later),
-- as 32 hex characters. Its attempts so far keep the seed they were made with, in their own rows.
UPDATE "Assignment" SET "seedKey" = replace(gen_random_uuid()::text, '-', '');
ALTER TABLE "Assignment" ALTER COLUMN "seedKey" SET NOT NULL;

