// Points, the leaderboard, the podium and what a session leaves behind: a summary per question and each
// student's answers in the shape an assignment's answers are saved and analysed in.
import { type ClassArc, classArcs, type Item, itemAnalysis } from "@/lib/classes/rules/results";
import type { Answer, Player, Round, Session, Settings } from "./types";

/** What a right answer earns, however fast: correctness counts apart from speed. */
export const CORRECT_POINTS = 1000;
/** The most a speed bonus adds: all of it for an answer the instant the question opens, none at the deadline. */
export const MAX_SPEED_BONUS = 500;
/** What each right answer in a row before this one adds, up to MAX_STREAK_BONUS. */
export const STREAK_STEP = 100;
export const MAX_STREAK_BONUS = 500;

export type Points = { points: number; speedBonus: number; streakBonus: number };

/**
 * What one answer earns. A wrong answer earns nothing, bonuses included. The speed bonus needs a timer (without
 * one there is no "time left" to measure); the streak bonus counts the right answers in a row just before this one.
 */
export function pointsFor(
  settings: Pick<Settings, "speedBonus" | "streakBonus">,
  answer: { correct: boolean; msLeft: number | null; msAllowed: number | null; streakBefore: number },
): Points {
  if (!answer.correct) return { points: 0, speedBonus: 0, streakBonus: 0 };
  const speedBonus =
    settings.speedBonus && answer.msLeft !== null && answer.msAllowed
      ? Math.round((MAX_SPEED_BONUS * Math.max(0, Math.min(answer.msLeft, answer.msAllowed))) / answer.msAllowed)
      : 0;
  const streakBonus = settings.streakBonus ? Math.min(MAX_STREAK_BONUS, STREAK_STEP * answer.streakBefore) : 0;
  return { points: CORRECT_POINTS + speedBonus + streakBonus, speedBonus, streakBonus };
}

/** The answers that count: those to revealed rounds (a skipped round, or one still open, counts for nobody). */
export function countedAnswers(session: Session): Answer[] {
  return session.answers.filter((a) => session.runs[a.round]?.status === "revealed");
}

/**
 * How many rounds in a row, up to `round`, the player answered right: revealed rounds only, most recent first; a
 * round they did not answer, or answered wrong, ends the run. Skipped rounds are passed over.
 */
export function streakBefore(session: Session, playerId: string, round: number): number {
  let streak = 0;
  for (let i = round - 1; i >= 0; i--) {
    const status = session.runs[i]?.status;
    if (status === "skipped") continue;
    if (status !== "revealed") break;
    const answer = session.answers.find((a) => a.round === i && a.playerId === playerId);
    if (!answer?.correct) break;
    streak++;
  }
  return streak;
}

export type Standing = {
  playerId: string;
  nickname: string;
  score: number;
  correct: number;
  /** 1 for the top score; players on the same score and right answers share a rank (1, 1, 3). */
  rank: number;
};

/** Everyone, best first: by score, then right answers, then who joined first (a stable order, not a rank). */
export function leaderboard(session: Session): Standing[] {
  const totals = new Map(session.players.map((p) => [p.id, { score: 0, correct: 0 }]));
  for (const a of countedAnswers(session)) {
    const t = totals.get(a.playerId);
    if (!t) continue;
    t.score += a.points;
    if (a.correct) t.correct++;
  }
  const rows = session.players.map((p, order) => ({ p, order, ...(totals.get(p.id) ?? { score: 0, correct: 0 }) }));
  rows.sort((x, y) => y.score - x.score || y.correct - x.correct || x.order - y.order);
  const out: Standing[] = [];
  rows.forEach((r, i) => {
    const prev = out[i - 1];
    const tied = prev && prev.score === r.score && prev.correct === r.correct;
    out.push({
      playerId: r.p.id,
      nickname: r.p.nickname,
      score: r.score,
      correct: r.correct,
      rank: tied ? prev.rank : i + 1,
    });
  });
  return out;
}

/** The top three places (more than three players when some share a place); nobody who scored nothing. */
export function podium(session: Session): Standing[] {
  return leaderboard(session).filter((s) => s.rank <= 3 && s.score > 0);
}

export type RoundSummary = {
  round: number;
  id: string;
  status: Session["runs"][number]["status"];
  /** How many chose each choice, in the order of the round's choices. */
  counts: number[];
  answered: number;
  correct: number;
  answer: number;
};

/** How the class answered one round. */
export function roundSummary(session: Session, round: number): RoundSummary {
  const r = session.rounds[round];
  if (!r) throw new RangeError(`No round ${round}`);
  const counts = r.choices.map(() => 0);
  const given = session.answers.filter((a) => a.round === round);
  for (const a of given) counts[a.choice] = (counts[a.choice] ?? 0) + 1;
  return {
    round,
    id: r.id,
    status: session.runs[round]?.status ?? "pending",
    counts,
    answered: given.length,
    correct: given.filter((a) => a.correct).length,
    answer: r.answer,
  };
}

/**
 * One answer as lib/db saves an assignment's (the Answer table's fields): the question's id and type, the
 * response as given (in the session's language), whether it was right, how long it took, and its basis key.
 */
export type ResultAnswer = {
  questionId: string;
  questionType: string;
  response: string;
  correct: boolean;
  durationMs: number | null;
  basisKey: string;
};

export type StudentResult = {
  playerId: string;
  nickname: string;
  userId: string | null;
  score: number;
  correct: number;
  /** Rounds revealed while the session ran, answered or not: a late joiner's missed rounds count as missed. */
  asked: number;
  answers: ResultAnswer[];
  /** The rounds they answered wrong or not at all: what "assign the missed ones" would turn into homework. */
  missed: string[];
};

function resultAnswer(session: Session, round: Round, a: Answer): ResultAnswer {
  const opened = session.runs[a.round]?.openedAt ?? null;
  return {
    questionId: round.id,
    questionType: round.type,
    response: round.choices[a.choice]?.[session.settings.lang] ?? "",
    correct: a.correct,
    durationMs: opened === null ? null : a.at - opened,
    basisKey: round.basisKey,
  };
}

/** Each player's results, in the leaderboard's order: only revealed rounds count. */
export function studentResults(session: Session): StudentResult[] {
  const revealed = session.rounds.flatMap((r, i) => (session.runs[i]?.status === "revealed" ? [{ r, i }] : []));
  const byId = new Map<string, Player>(session.players.map((p) => [p.id, p]));
  return leaderboard(session).map((s) => {
    const player = byId.get(s.playerId) as Player;
    const mine = new Map(countedAnswers(session).flatMap((a) => (a.playerId === s.playerId ? [[a.round, a]] : [])));
    return {
      playerId: s.playerId,
      nickname: s.nickname,
      userId: player.userId,
      score: s.score,
      correct: s.correct,
      asked: revealed.length,
      answers: revealed.flatMap(({ r, i }) => {
        const a = mine.get(i);
        return a ? [resultAnswer(session, r, a)] : [];
      }),
      missed: revealed.flatMap(({ r, i }) => (mine.get(i)?.correct ? [] : [r.id])),
    };
  });
}

/**
 * Item analysis of the session, as an assignment's results page reads one: per question, and per transition (the
 * round's basis key) with Figure 5's arcs. Only revealed rounds count.
 */
export function sessionItems(session: Session): { byQuestion: Item[]; byBasis: Item[]; arcs: ClassArc[] } {
  const answers = countedAnswers(session).flatMap((a) => {
    const round = session.rounds[a.round];
    return round ? [resultAnswer(session, round, a)] : [];
  });
  const byBasis = itemAnalysis(answers.map((a) => ({ key: a.basisKey, response: a.response, correct: a.correct })));
  return {
    byQuestion: itemAnalysis(answers.map((a) => ({ key: a.questionId, response: a.response, correct: a.correct }))),
    byBasis,
    arcs: classArcs(byBasis.map((i) => ({ basisKey: i.key, total: i.total, wrong: i.wrong }))),
  };
}
