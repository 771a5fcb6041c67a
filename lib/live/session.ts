// A live class as a state machine: (session, command, now) → the next session and the events to broadcast, or a
// refusal that changes nothing. The shell decides who may send which command (the host, or the player it has
// identified by cookie); this decides what the command does.
//
// Phases: lobby → open → closed → revealed → open → … → ended. A round counts towards scores once it is revealed;
// a skipped round, or one still open when the session ends, counts for nobody.
import type { Text } from "@/lib/tcp";
import { answer, answerCount } from "./answer";
import { type Applied, type Command, type LiveEvent, type Outcome, refuse } from "./commands";
import { cleanNickname, findPlayer, nicknameProblem } from "./players";
import type { Phase, Player, Refusal, Round, RoundRun, Session, Settings } from "./types";

export const TIMER_MIN_S = 10;
export const TIMER_MAX_S = 60;

export const DEFAULT_SETTINGS: Settings = {
  timer: 20,
  leaderboard: true,
  podium: true,
  speedBonus: false,
  streakBonus: false,
  lang: "en",
};

/** Why these settings cannot be used, or null. */
export function settingsProblem(settings: Settings): Text | null {
  const t = settings.timer;
  if (t !== null && (!Number.isInteger(t) || t < TIMER_MIN_S || t > TIMER_MAX_S))
    return {
      en: `The timer is none, or ${TIMER_MIN_S} to ${TIMER_MAX_S} seconds.`,
      zh: `计时器可以不设，或设为 ${TIMER_MIN_S} 到 ${TIMER_MAX_S} 秒。`,
    };
  if (settings.speedBonus && t === null)
    return { en: "A speed bonus needs a timer to measure time left.", zh: "速度加分需要设置计时器来计算剩余时间。" };
  return null;
}

/** A new session in its lobby. */
export function createSession(input: {
  id: string;
  settings: Settings;
  rounds: Round[];
  now: number;
}): { ok: true; session: Session } | Refusal {
  const problem = settingsProblem(input.settings);
  if (problem) return { ok: false, reason: problem };
  if (input.rounds.length === 0) return refuse("A session needs at least one round.", "一场至少需要一轮题目。");
  return {
    ok: true,
    session: {
      version: 1,
      id: input.id,
      createdAt: input.now,
      settings: { ...input.settings },
      rounds: input.rounds.map((r) => structuredClone(r)),
      runs: input.rounds.map(pendingRun),
      players: [],
      answers: [],
      phase: { kind: "lobby" },
      endedAt: null,
    },
  };
}

const pendingRun = (): RoundRun => ({ status: "pending", openedAt: null, deadline: null, closedAt: null });

/** The round the phase is about; null in the lobby and once ended. */
export function currentRound(phase: Phase): number | null {
  return phase.kind === "lobby" || phase.kind === "ended" ? null : phase.round;
}

/** When the open round stops taking answers: the moment the shell should send `close`; null if none is due. */
export function closesAt(session: Session): number | null {
  return session.phase.kind === "open" ? (session.runs[session.phase.round]?.deadline ?? null) : null;
}

export function apply(session: Session, command: Command, now: number): Outcome {
  switch (command.type) {
    case "join":
      return join(session, command, now);
    case "rejoin":
      return rejoin(session, command.who);
    case "start":
      if (session.phase.kind !== "lobby") return refuse("The session has already started.", "本场已经开始了。");
      if (session.players.length === 0)
        return refuse(
          "Nobody has joined yet: wait for the class in the lobby.",
          "还没有人加入：请在等候室等学生加入。",
        );
      return open(session, 0, now, []);
    case "close":
      if (session.phase.kind !== "open") return refuse("No question is open.", "当前没有正在作答的题目。");
      return close(session, now);
    case "reveal":
      return reveal(session, now);
    case "next":
      return next(session, now);
    case "skip":
      return skip(session, now);
    case "end":
      return end(session, now);
    case "leaderboard":
      return {
        ok: true,
        session: { ...session, settings: { ...session.settings, leaderboard: command.shown } },
        events: [{ audience: "all", type: "leaderboard", shown: command.shown }],
      };
    case "add-round":
      return addRound(session, command.round);
    case "answer":
      return answer(session, command, now);
  }
}

function join(session: Session, c: Extract<Command, { type: "join" }>, now: number): Outcome {
  if (c.rejoinKey === "") return refuse("This browser has no key to join with.", "这个浏览器没有可用于加入的密钥。");
  // The same browser or the same account joining again is a rejoin: it keeps its answers and score.
  const known =
    findPlayer(session, { rejoinKey: c.rejoinKey }) ?? (c.userId ? findPlayer(session, { userId: c.userId }) : null);
  if (known) return rejoined(session, known);
  if (session.phase.kind === "ended") return refuse("This session has ended.", "本场已经结束。");
  const problem = nicknameProblem(session, c.nickname);
  if (problem) return { ok: false, reason: problem };
  const player: Player = {
    id: `p${session.players.length + 1}`,
    nickname: cleanNickname(c.nickname),
    userId: c.userId,
    rejoinKey: c.rejoinKey,
    joinedAt: now,
  };
  const players = [...session.players, player];
  const events: LiveEvent[] = [
    { audience: "all", type: "player-joined", playerId: player.id, nickname: player.nickname, players: players.length },
  ];
  if (session.phase.kind === "open") events.push(answerCount({ ...session, players }, session.phase.round));
  return { ok: true, session: { ...session, players }, events };
}

function rejoin(session: Session, who: { rejoinKey: string } | { userId: string }): Outcome {
  const player = findPlayer(session, who);
  if (!player)
    return refuse(
      "This browser is not in the session: join again with a nickname.",
      "这个浏览器不在本场中：请输入昵称重新加入。",
    );
  return rejoined(session, player);
}

/** Nothing changes: the player's answers and score are theirs already; the phone is sent its view again. */
function rejoined(session: Session, player: Player): Applied {
  return {
    ok: true,
    session,
    events: [
      { audience: "host", type: "player-rejoined", playerId: player.id },
      { audience: { player: player.id }, type: "player-rejoined", playerId: player.id },
    ],
  };
}

function withRun(session: Session, round: number, run: Partial<RoundRun>): RoundRun[] {
  return session.runs.map((r, i) => (i === round ? { ...r, ...run } : r));
}

function open(session: Session, round: number, now: number, before: LiveEvent[]): Applied {
  const timer = session.settings.timer;
  const deadline = timer === null ? null : now + timer * 1000;
  const opened: Session = {
    ...session,
    runs: withRun(session, round, { status: "open", openedAt: now, deadline }),
    phase: { kind: "open", round },
  };
  return {
    ok: true,
    session: opened,
    events: [
      ...before,
      { audience: "all", type: "round-opened", round, openedAt: now, deadline },
      answerCount(opened, round),
    ],
  };
}

function close(session: Session, now: number): Applied {
  const phase = session.phase as Extract<Phase, { kind: "open" }>;
  const deadline = session.runs[phase.round]?.deadline ?? null;
  const by = deadline !== null && now >= deadline ? "timer" : "host";
  return {
    ok: true,
    session: {
      ...session,
      runs: withRun(session, phase.round, {
        status: "closed",
        closedAt: deadline !== null ? Math.min(now, deadline) : now,
      }),
      phase: { kind: "closed", round: phase.round },
    },
    events: [{ audience: "all", type: "round-closed", round: phase.round, by }],
  };
}

function reveal(session: Session, now: number): Outcome {
  if (session.phase.kind !== "open" && session.phase.kind !== "closed")
    return refuse("There is no question to reveal.", "当前没有可以揭晓的题目。");
  const closed = session.phase.kind === "open" ? close(session, now) : { session, events: [] };
  const round = session.phase.round;
  return {
    ok: true,
    session: {
      ...closed.session,
      runs: withRun(closed.session, round, { status: "revealed" }),
      phase: { kind: "revealed", round },
    },
    events: [...closed.events, { audience: "all", type: "round-revealed", round }],
  };
}

function next(session: Session, now: number): Outcome {
  if (session.phase.kind !== "revealed")
    return session.phase.kind === "lobby"
      ? refuse("Start the session first.", "请先开始本场。")
      : session.phase.kind === "ended"
        ? refuse("This session has ended.", "本场已经结束。")
        : refuse("Reveal or skip this question first.", "请先揭晓或跳过这道题。");
  const following = session.phase.round + 1;
  // After the last round, Next ends the session: the podium is what comes next.
  if (following >= session.rounds.length) return end(session, now);
  return open(session, following, now, []);
}

function skip(session: Session, now: number): Outcome {
  if (session.phase.kind !== "open" && session.phase.kind !== "closed")
    return refuse("Only a question that is not yet revealed can be skipped.", "只能跳过尚未揭晓的题目。");
  const round = session.phase.round;
  const skipped: Session = {
    ...session,
    runs: withRun(session, round, { status: "skipped", closedAt: session.runs[round]?.closedAt ?? now }),
    phase: { kind: "revealed", round },
  };
  const events: LiveEvent[] = [{ audience: "all", type: "round-skipped", round }];
  if (round + 1 >= session.rounds.length) return finish(skipped, now, events);
  return open(skipped, round + 1, now, events);
}

function end(session: Session, now: number): Outcome {
  if (session.phase.kind === "ended") return refuse("This session has already ended.", "本场已经结束了。");
  const round = currentRound(session.phase);
  const unrevealed = round !== null && session.phase.kind !== "revealed";
  if (!unrevealed) return finish(session, now, []);
  // A question left open when the host ends counts for nobody, like a skipped one.
  const skipped = { ...session, runs: withRun(session, round, { status: "skipped", closedAt: now }) };
  return finish(skipped, now, [{ audience: "all", type: "round-skipped", round }]);
}

function finish(session: Session, now: number, before: LiveEvent[]): Applied {
  return {
    ok: true,
    session: { ...session, phase: { kind: "ended" }, endedAt: now },
    events: [...before, { audience: "all", type: "ended" }],
  };
}

function addRound(session: Session, round: Round): Outcome {
  if (session.phase.kind === "ended") return refuse("This session has ended.", "本场已经结束。");
  const current = currentRound(session.phase);
  const at = current === null ? session.rounds.length : current + 1;
  return {
    ok: true,
    session: {
      ...session,
      rounds: [...session.rounds.slice(0, at), structuredClone(round), ...session.rounds.slice(at)],
      runs: [...session.runs.slice(0, at), pendingRun(), ...session.runs.slice(at)],
      // Rounds after `at` move one along; only pending rounds lie there, so no answer refers to them.
    },
    events: [{ audience: "host", type: "round-added", round: at }],
  };
}
