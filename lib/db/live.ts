// Live classes in the database: a session's row (rounds and settings whole, a snapshot of what changes, a version),
// its players and its answers. lib/live decides what a command does to a Session; this keeps the Session and
// applies a command atomically: read, decide, write only if nobody wrote in between, else read again and retry.
import { Prisma } from "@/lib/generated/prisma/client";
import { apply, type Command, foldedNickname, type LiveEvent, type Refusal, type Session } from "@/lib/live";
import { type DbClient, database } from "./client";

/** A live session as lib/live reads it, with what the shell needs beside it. */
export type LiveRecord = {
  session: Session;
  joinCode: string;
  hostUserId: string;
  classId: string | null;
  /** Bumped by every command that changes something: the id of the last events it sent. */
  version: number;
};

/** What changes as a session runs; the rest of the Session lives in columns and rows of its own. */
type Snapshot = Pick<Session, "createdAt" | "runs" | "phase" | "endedAt">;

const snapshotOf = (s: Session): string =>
  JSON.stringify({ createdAt: s.createdAt, runs: s.runs, phase: s.phase, endedAt: s.endedAt } satisfies Snapshot);

const WITH_ROWS = {
  players: { orderBy: { joinedAt: "asc" } },
  answers: { orderBy: { at: "asc" } },
} as const satisfies Prisma.LiveSessionInclude;

type Row = Prisma.LiveSessionGetPayload<{ include: typeof WITH_ROWS }>;

function recordOf(row: Row): LiveRecord {
  const snapshot = JSON.parse(row.snapshot) as Snapshot;
  // "p10" joined after "p9": players are put back in the order of their numbers, as lib/live numbered them.
  const players = [...row.players].sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  return {
    joinCode: row.joinCode,
    hostUserId: row.hostUserId,
    classId: row.classId,
    version: row.version,
    session: {
      version: 1,
      id: row.id,
      createdAt: snapshot.createdAt,
      settings: JSON.parse(row.settings),
      rounds: JSON.parse(row.rounds),
      runs: snapshot.runs,
      phase: snapshot.phase,
      endedAt: snapshot.endedAt,
      players: players.map((p) => ({
        id: p.id,
        nickname: p.nickname,
        userId: p.userId,
        rejoinKey: p.rejoinKeyHash,
        joinedAt: Number(p.joinedAt),
      })),
      answers: row.answers.map((a) => ({
        playerId: a.playerId,
        round: a.round,
        choice: a.choice,
        at: Number(a.at),
        correct: a.correct,
        points: a.points,
        speedBonus: a.speedBonus,
        streakBonus: a.streakBonus,
      })),
    },
  };
}

const uniqueViolation = (error: unknown, field?: string): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError &&
  error.code === "P2002" &&
  (field === undefined || JSON.stringify(error.meta ?? {}).includes(field));

/**
 * Keeps a new session (made by lib/live's createSession, its id given by the caller) under a join code from
 * `codes`; a code another session has is replaced by the next one.
 */
export async function createLiveSession(
  input: { session: Session; hostUserId: string; classId: string | null; codes: () => string },
  client?: DbClient,
): Promise<LiveRecord> {
  const db = client ?? (await database());
  const s = input.session;
  for (let tries = 0; ; tries++) {
    const joinCode = input.codes();
    try {
      await db.liveSession.create({
        data: {
          id: s.id,
          joinCode,
          hostUserId: input.hostUserId,
          classId: input.classId,
          settings: JSON.stringify(s.settings),
          rounds: JSON.stringify(s.rounds),
          snapshot: snapshotOf(s),
          phase: s.phase.kind,
          createdAt: new Date(s.createdAt),
        },
      });
      return { session: s, joinCode, hostUserId: input.hostUserId, classId: input.classId, version: 0 };
    } catch (error) {
      if (!uniqueViolation(error, "joinCode") || tries >= 20) throw error;
    }
  }
}

export async function findLiveSession(id: string, client?: DbClient): Promise<LiveRecord | null> {
  const db = client ?? (await database());
  const row = await db.liveSession.findUnique({ where: { id }, include: WITH_ROWS });
  return row ? recordOf(row) : null;
}

export async function findLiveSessionByCode(joinCode: string, client?: DbClient): Promise<LiveRecord | null> {
  const db = client ?? (await database());
  const row = await db.liveSession.findUnique({ where: { joinCode }, include: WITH_ROWS });
  return row ? recordOf(row) : null;
}

export type LiveApplied =
  | { ok: true; record: LiveRecord; events: LiveEvent[]; command: Command }
  /** `decide` found nothing to do (a timer's close for a round already closed). */
  | { ok: true; record: LiveRecord; events: []; command: null }
  | (Refusal & { record: LiveRecord })
  | null;

/** Another command was written between this one's read and its write. */
class VersionConflict extends Error {}

/** How many times a command is tried again on a newer version before the conflict is reported. */
export const LIVE_RETRIES = 20;

/**
 * Applies the command `decide` makes from the session as it is now, atomically: in one transaction it reads the
 * session, runs lib/live's `apply`, and writes the new players and answers and the snapshot only if the version it
 * read is still the latest (a compare-and-set on `version`). A command that lost the race, or whose new row broke a
 * unique key (the same nickname, or the same answer, written meanwhile on another server), is decided again on
 * the newer session. `decide` may return null: nothing to do. Null when there is no such session.
 */
export async function applyLiveCommand(
  id: string,
  decide: (session: Session) => Command | null,
  now: () => number,
  client?: DbClient,
): Promise<LiveApplied> {
  const db = client ?? (await database());
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const row = await tx.liveSession.findUnique({ where: { id }, include: WITH_ROWS });
        if (!row) return null;
        const before = recordOf(row);
        const command = decide(before.session);
        if (!command) return { ok: true, record: before, events: [], command: null };
        const out = apply(before.session, command, now());
        if (!out.ok) return { ...out, record: before };
        // A command that changes nothing (a rejoin, the same answer sent twice) writes nothing.
        if (out.session === before.session) return { ok: true, record: before, events: out.events, command };
        const next = out.session;
        const written = await tx.liveSession.updateMany({
          where: { id, version: before.version },
          data: {
            version: { increment: 1 },
            snapshot: snapshotOf(next),
            phase: next.phase.kind,
            ...(next.settings === before.session.settings ? {} : { settings: JSON.stringify(next.settings) }),
            ...(next.rounds === before.session.rounds ? {} : { rounds: JSON.stringify(next.rounds) }),
          },
        });
        if (written.count !== 1) throw new VersionConflict();
        const joined = next.players.slice(before.session.players.length);
        if (joined.length > 0)
          await tx.livePlayer.createMany({
            data: joined.map((p) => ({
              sessionId: id,
              id: p.id,
              nickname: p.nickname,
              nicknameKey: foldedNickname(p.nickname),
              userId: p.userId,
              rejoinKeyHash: p.rejoinKey,
              joinedAt: BigInt(p.joinedAt),
            })),
          });
        const answered = next.answers.slice(before.session.answers.length);
        if (answered.length > 0)
          await tx.liveAnswer.createMany({
            data: answered.map((a) => ({ sessionId: id, ...a, at: BigInt(a.at) })),
          });
        return {
          ok: true,
          record: { ...before, session: next, version: before.version + 1 },
          events: out.events,
          command,
        };
      });
    } catch (error) {
      const retry = error instanceof VersionConflict || uniqueViolation(error) || isBusy(error);
      if (!retry || attempt >= LIVE_RETRIES) throw error;
      // A little wait, longer each time and spread out, so commands that collided do not collide again.
      await new Promise((r) => setTimeout(r, Math.random() * 5 * (attempt + 1)));
    }
  }
}

/** A write that met another transaction's lock: PostgreSQL's serialization failure, SQLite's busy database. */
function isBusy(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return error.code === "P2034" || /SQLITE_BUSY|database is locked/i.test(error.message);
}
