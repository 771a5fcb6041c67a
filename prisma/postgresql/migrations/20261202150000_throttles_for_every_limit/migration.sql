-- SignInLimit becomes Throttle, the one table for every limit that must hold across app servers. Each row now
-- keeps when its window closes (windows differ per limit), and sign-in keys get their prefix. Counts under way
-- are carried over: the per-account sign-in window is 15 minutes (lib/auth/sign-in-limit.ts).

-- CreateTable
CREATE TABLE "Throttle" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowEnd" BIGINT NOT NULL,

    CONSTRAINT "Throttle_pkey" PRIMARY KEY ("key")
);

-- CopyRows
INSERT INTO "Throttle" ("key", "count", "windowEnd")
SELECT 'sign-in:' || "key", "count", "windowStart" + 900000 FROM "SignInLimit";

-- DropTable
DROP TABLE "SignInLimit";

-- CreateIndex
CREATE INDEX "Throttle_windowEnd_idx" ON "Throttle"("windowEnd");
