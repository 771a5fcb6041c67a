// Answering a round: once per player, to the round that is open, before the deadline by the server's clock.
import { type Command, type LiveEvent, type Outcome, refuse } from "./commands";
import { playerById } from "./players";
import { pointsFor, streakBefore } from "./score";
import type { Answer, Phase, Refusal, Round, RoundRun, Session } from "./types";

function notOpen(phase: Phase, round: number): Refusal {
  if (phase.kind === "closed" || phase.kind === "revealed") {
    if (phase.round === round)
      return refuse("Time is up: answers to this question are closed.", "时间到了：这道题已停止作答。");
    return refuse("That question is not the one open now.", "那道题不是当前正在作答的题目。");
  }
  if (phase.kind === "open") return refuse("That question is not the one open now.", "那道题不是当前正在作答的题目。");
  return refuse("No question is open.", "当前没有正在作答的题目。");
}

export function answerCount(session: Session, round: number): LiveEvent {
  return {
    audience: "host",
    type: "answer-count",
    round,
    answered: session.answers.filter((a) => a.round === round).length,
    players: session.players.length,
  };
}

/**
 * An answer counts once. The same choice sent again (a double tap, a request retried after a lost response) is
 * accepted and changes nothing, so the phone learns its answer is in; another choice after the first is refused.
 */
export function answer(session: Session, c: Extract<Command, { type: "answer" }>, now: number): Outcome {
  const player = playerById(session, c.playerId);
  if (!player) return refuse("You are not in this session: join first.", "你不在本场中：请先加入。");
  const given = session.answers.find((a) => a.round === c.round && a.playerId === c.playerId);
  if (given) {
    return given.choice === c.choice
      ? { ok: true, session, events: [] }
      : refuse("Your first answer counts: it cannot be changed.", "以第一次提交的答案为准，不能更改。");
  }
  const phase = session.phase;
  if (phase.kind !== "open" || phase.round !== c.round) return notOpen(phase, c.round);
  const round = session.rounds[c.round] as Round;
  const run = session.runs[c.round] as RoundRun;
  // The server's clock decides: an answer that reaches it after opened + timer is late, whatever the phone showed.
  if (run.deadline !== null && now > run.deadline)
    return refuse("Time is up: answers to this question are closed.", "时间到了：这道题已停止作答。");
  if (!Number.isInteger(c.choice) || c.choice < 0 || c.choice >= round.choices.length)
    return refuse("That is not one of the choices.", "这不是可选的答案之一。");
  const correct = c.choice === round.answer;
  const points = pointsFor(session.settings, {
    correct,
    msLeft: run.deadline === null ? null : run.deadline - now,
    msAllowed: run.deadline === null || run.openedAt === null ? null : run.deadline - run.openedAt,
    streakBefore: streakBefore(session, player.id, c.round),
  });
  const recorded: Answer = { playerId: player.id, round: c.round, choice: c.choice, at: now, correct, ...points };
  const next = { ...session, answers: [...session.answers, recorded] };
  return {
    ok: true,
    session: next,
    events: [
      { audience: { player: player.id }, type: "answer-accepted", round: c.round, playerId: player.id },
      answerCount(next, c.round),
    ],
  };
}
