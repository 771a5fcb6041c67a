-- Live classes: a session (its rounds and settings whole, what changes as it runs as a snapshot with a version),
-- its players (one nickname per session whatever its case) and their answers (one per player and round).

-- CreateTable
CREATE TABLE "LiveSession" (
    "id" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "hostUserId" TEXT NOT NULL,
    "classId" TEXT,
    "settings" TEXT NOT NULL,
    "rounds" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "phase" TEXT NOT NULL DEFAULT 'lobby',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LivePlayer" (
    "sessionId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "nickname" TEXT NOT NULL,
    "nicknameKey" TEXT NOT NULL,
    "userId" TEXT,
    "rejoinKeyHash" TEXT NOT NULL,
    "joinedAt" BIGINT NOT NULL,

    CONSTRAINT "LivePlayer_pkey" PRIMARY KEY ("sessionId","id")
);

-- CreateTable
CREATE TABLE "LiveAnswer" (
    "sessionId" TEXT NOT NULL,
    "playerId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "choice" INTEGER NOT NULL,
    "at" BIGINT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "points" INTEGER NOT NULL,
    "speedBonus" INTEGER NOT NULL,
    "streakBonus" INTEGER NOT NULL,

    CONSTRAINT "LiveAnswer_pkey" PRIMARY KEY ("sessionId","playerId","round")
);

-- CreateIndex
CREATE UNIQUE INDEX "LiveSession_joinCode_key" ON "LiveSession"("joinCode");

-- CreateIndex
CREATE INDEX "LiveSession_hostUserId_createdAt_idx" ON "LiveSession"("hostUserId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "LivePlayer_sessionId_nicknameKey_key" ON "LivePlayer"("sessionId", "nicknameKey");

-- CreateIndex
CREATE UNIQUE INDEX "LivePlayer_sessionId_rejoinKeyHash_key" ON "LivePlayer"("sessionId", "rejoinKeyHash");

-- AddForeignKey
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_hostUserId_fkey" FOREIGN KEY ("hostUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivePlayer" ADD CONSTRAINT "LivePlayer_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveAnswer" ADD CONSTRAINT "LiveAnswer_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveAnswer" ADD CONSTRAINT "LiveAnswer_sessionId_playerId_fkey" FOREIGN KEY ("sessionId", "playerId") REFERENCES "LivePlayer"("sessionId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

