// Running a live class on this server: a command is applied atomically in the database (lib/db/live.ts), and only
// once it is committed are its events published to the streams (hub.ts). The timer's close is a command like the
// host's, sent by this server when a round's deadline passes.
import { randomBytes } from "node:crypto";
import { codeFrom } from "@/lib/classes/rules/join-code";
import { applyLiveCommand, createLiveSession, type DbClient, type LiveApplied, type LiveRecord } from "@/lib/db";
import {
  type Command,
  closesAt,
  createSession,
  DEFAULT_SETTINGS,
  predictMoments,
  predictRound,
  questionRounds,
  type Round,
  type Session,
} from "@/lib/live";
import { seededRng } from "@/lib/quiz";
import type { Text } from "@/lib/tcp";
import { type LiveHub, liveHub } from "./hub";
import type { HostForm } from "./schemas";

/** What running a session needs from outside: the database, the hub, the clock. Tests give their own. */
export type LiveDeps = { client?: DbClient; hub: LiveHub; now: () => number };

export const serverDeps = (): LiveDeps => ({ hub: liveHub(), now: Date.now });

/** Applies a command and, once it is committed, publishes its events; schedules the timer's close it calls for. */
export async function runLive(
  id: string,
  decide: (session: Session) => Command | null,
  deps: LiveDeps,
): Promise<LiveApplied> {
  const out = await applyLiveCommand(id, decide, deps.now, deps.client);
  if (out?.ok && out.events.length > 0) {
    deps.hub.publish(id, { session: out.record.session, version: out.record.version, events: out.events });
    scheduleClose(out.record, deps);
  }
  return out;
}

type Waiting = { timer: ReturnType<typeof setTimeout>; firesAt: number };

/** The rounds' timers waiting on this server, by session and round, so a round gets one however often asked. */
function timers(): Map<string, Waiting> {
  const shared = globalThis as unknown as { synackLiveTimers?: Map<string, Waiting> };
  shared.synackLiveTimers ??= new Map();
  return shared.synackLiveTimers;
}

/**
 * Closes the open round when its deadline passes (lib/live refuses later answers by the clock anyway; closing tells
 * the phones). Called after each command and whenever a stream opens, so a session whose server restarted while a
 * round was open closes it too. The close is decided on the session as it is then: a round the host already closed,
 * or one that is no longer open, is left alone.
 */
export function scheduleClose(record: LiveRecord, deps: LiveDeps): void {
  const due = closesAt(record.session);
  const phase = record.session.phase;
  if (due === null || phase.kind !== "open") return;
  const key = `${record.session.id}:${phase.round}`;
  const waiting = timers();
  // Just after the deadline: an answer at the deadline itself still counts (lib/live: late is after it).
  const delay = Math.max(0, due - deps.now()) + 50;
  const known = waiting.get(key);
  // One timer per round, unless this clock says it is due sooner than the one waiting (it was set by another).
  if (known && known.firesAt <= Date.now() + delay) return;
  if (known) clearTimeout(known.timer);
  const round = phase.round;
  const timer = setTimeout(() => {
    if (waiting.get(key)?.timer === timer) waiting.delete(key);
    runLive(
      record.session.id,
      (s) => {
        const deadline = closesAt(s);
        return s.phase.kind === "open" && s.phase.round === round && deadline !== null && deps.now() > deadline
          ? { type: "close" }
          : null;
      },
      deps,
    ).catch((error: unknown) => console.error(error));
  }, delay);
  timer.unref?.();
  waiting.set(key, { timer, firesAt: Date.now() + delay });
}

export type HostChoice = Omit<HostForm, "timer"> & { timer: number | null };

/** The rounds a host's choices make: ordinary questions first, then the scenario's predict rounds in order. */
export function roundsFor(choice: HostChoice, seed: number): Round[] {
  const rounds: Round[] = [];
  if (choice.questions > 0)
    rounds.push(
      ...questionRounds({
        seed,
        count: choice.questions,
        level: choice.level === "any" ? undefined : choice.level,
        topics: choice.topic === "everything" ? undefined : [choice.topic],
      }),
    );
  if (choice.scenario !== "none") {
    const rng = seededRng(seed);
    for (const at of predictMoments(choice.scenario)) {
      const round = predictRound(choice.scenario, at, rng);
      if (round) rounds.push(round);
    }
  }
  return rounds;
}

/** A new session in its lobby, hosted by `hostUserId`; a refusal when the choices make no round. */
export async function hostLive(
  hostUserId: string,
  choice: HostChoice,
  lang: "en" | "zh",
  deps: LiveDeps,
): Promise<{ ok: true; record: LiveRecord } | { ok: false; reason: Text }> {
  const seed = randomBytes(4).readUInt32BE(0) % 2_147_483_647;
  const made = createSession({
    id: randomBytes(12).toString("base64url"),
    settings: {
      ...DEFAULT_SETTINGS,
      timer: choice.timer,
      leaderboard: choice.leaderboard === "on",
      speedBonus: choice.speedBonus === "on",
      streakBonus: choice.streakBonus === "on",
      lang,
    },
    rounds: roundsFor(choice, seed),
    now: deps.now(),
  });
  if (!made.ok) return made;
  const record = await createLiveSession(
    { session: made.session, hostUserId, classId: null, codes: () => codeFrom(randomBytes(6)) },
    deps.client,
  );
  return { ok: true, record };
}
