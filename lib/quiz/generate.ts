// The quiz generator: the same seed and options give the same questions, in the same order, in either language.
import { MISSPELLINGS, play, SCENARIOS, TRANSITIONS, transitionLevel, transitionTopic } from "@/lib/tcp";
import { COPIED_SCENARIOS, copiedAnswer } from "./from-copied";
import { nameTranslation, spotMisspelling, translatable } from "./from-names";
import { checkOrder, stoppedAt, tcbMoments, tcbValue, whichCheck } from "./from-processing";
import {
  missingState,
  numberedSteps,
  orderSteps,
  seqAck,
  sideSteps,
  spotTheError,
  timeline,
  whichSide,
} from "./from-scenarios";
import { askable, nextState, segmentSent, uniqueArcs, whichEvent } from "./from-transitions";
import { keyedRng, type Rng, seededRng } from "./rng";
import { QUESTION_TYPES, type Question, type QuestionType, type QuizOptions } from "./types";

/** A way to make one question; `level` and `topic` are known before it is made, for filtering. */
type Candidate = {
  type: QuestionType;
  level: Question["level"];
  topic: Question["topic"];
  make: (rng: Rng, lang: QuizOptions["lang"]) => Question | null;
  /**
   * Whatever the rng gives, it makes a question (never null) that is the same by `sameness`, and draws the same
   * number of random numbers doing so. Asked a second time it can only repeat itself, so the generator skips making
   * it and just draws what it would have drawn, which leaves every later question as it was.
   */
  fixed?: true;
};

function candidates(): Candidate[] {
  const list: Candidate[] = [];
  for (const tr of TRANSITIONS) {
    const meta = { level: transitionLevel(tr), topic: transitionTopic(tr) };
    // Only where the question, worded as it is, has one defensible answer (every row it could mean agrees).
    if (askable(tr, "to")) list.push({ type: "next-state", ...meta, make: (rng, lang) => nextState(tr, rng, lang) });
    if (askable(tr, "send")) {
      list.push({ type: "segment-sent", ...meta, fixed: true, make: (rng, lang) => segmentSent(tr, rng, lang) });
    }
  }
  for (const tr of uniqueArcs()) {
    list.push({
      type: "which-event",
      level: transitionLevel(tr),
      topic: transitionTopic(tr),
      fixed: true,
      make: (rng, lang) => whichEvent(tr, rng, lang),
    });
  }
  for (const scenario of SCENARIOS) {
    const trace = play(scenario);
    const meta = { level: scenario.level, topic: scenario.topic };
    for (const step of numberedSteps(trace)) {
      list.push({ type: "seq-ack", ...meta, make: (rng, lang) => seqAck(scenario, step.index, rng, lang) });
    }
    for (const step of sideSteps(trace)) {
      list.push({ type: "which-side", ...meta, fixed: true, make: (_rng, lang) => whichSide(trace, step, lang) });
    }
    const sent = trace.steps.filter((s) => s.segment && !s.lost);
    if (sent.length >= 3) {
      // Only where every segment differs: with a retransmission in the list, two orders would both be right.
      if (
        new Set(sent.map((s) => JSON.stringify(s.segment))).size === sent.length &&
        sent.length === trace.steps.filter((s) => s.segment).length
      ) {
        list.push({ type: "order-steps", ...meta, fixed: true, make: (rng, lang) => orderSteps(trace, rng, lang) });
      }
      // Its lines are the segments the two sides send: enough to check every number only when no segment comes
      // from elsewhere (forged, an old duplicate) and no side starts a new connection with a new ISN.
      if (scenario.actions.every((a) => a.do !== "inject" && a.newIss === undefined)) {
        list.push({ type: "spot-the-error", ...meta, make: (rng, lang) => spotTheError(trace, rng, lang) });
      }
    }
    for (const role of ["client", "server"] as const) {
      const line = timeline(trace, role);
      for (let hole = 1; hole < line.length; hole++) {
        list.push({
          type: "missing-state",
          ...meta,
          fixed: true,
          make: (rng, lang) => missingState(trace, role, hole, rng, lang),
        });
      }
    }
  }
  for (const scenario of SCENARIOS) {
    const trace = play(scenario);
    const meta = {
      level: scenario.level === "basics" ? ("intermediate" as const) : scenario.level,
      topic: scenario.topic,
    };
    for (const [stepIndex, field] of tcbMoments(trace)) {
      list.push({
        type: "tcb-variable",
        ...meta,
        make: (rng, lang) => tcbValue(scenario, stepIndex, field, rng, lang),
      });
    }
    for (const step of stoppedAt(trace)) {
      list.push({
        type: "which-check",
        level: "advanced",
        topic: "edge-cases",
        fixed: true,
        make: (rng, lang) => whichCheck(trace, step, rng, lang),
      });
    }
  }
  list.push({ type: "check-order", level: "advanced", topic: "edge-cases", fixed: true, make: checkOrder });
  for (const id of COPIED_SCENARIOS) {
    list.push({
      type: "spot-copied-error",
      level: "basics",
      topic: "naming",
      make: (rng, lang) => copiedAnswer(id, rng, lang),
    });
  }
  for (const item of translatable()) {
    const level = item.tool === "linux" || item.tool === "bsd" ? "intermediate" : "basics";
    list.push({
      type: "name-translation",
      level,
      topic: "naming",
      make: (rng, lang) => nameTranslation(item, rng, lang),
    });
  }
  for (const m of MISSPELLINGS) {
    list.push({
      type: "spot-misspelling",
      level: "basics",
      topic: "naming",
      fixed: true,
      make: (rng, lang) => spotMisspelling(m, rng, lang),
    });
  }
  return list;
}

let cached: Candidate[] | null = null;
let cachedByType: Map<QuestionType, Candidate[]> | null = null;

/** Every way the generator has to make a question (exported for tests). */
export function allCandidates(): readonly Candidate[] {
  cached ??= candidates();
  return cached;
}

/** The candidates of one type, in the order of `allCandidates`. */
function candidatesOf(type: QuestionType): readonly Candidate[] {
  cachedByType ??= new Map(QUESTION_TYPES.map((t) => [t, allCandidates().filter((c) => c.type === t)]));
  return cachedByType.get(type) ?? [];
}

/** Two questions are the same if they differ only in the random ISNs they are dressed in. */
export function sameness(q: Question): string {
  return q.basis.kind === "scenario" && q.basis.isn ? q.id.replace(/:\d+:\d+$/, "") : q.id;
}

export const MAX_COUNT = 1000;

/**
 * Up to `count` questions for these options, no two alike. Types take turns (in an order the seed shuffles), each
 * drawing from its own shuffled pool, so a short quiz still mixes kinds of question. A type whose pool has nothing
 * new left drops out; when every type has, the quiz is shorter than asked (a narrow topic at one level has only so
 * many questions), and callers say so.
 */
export function generateQuiz(options: QuizOptions): Question[] {
  const rng = options.key !== undefined ? keyedRng(options.key) : seededRng(options.seed);
  const keep = (c: Candidate) =>
    (!options.level || c.level === options.level) && (!options.topics || options.topics.includes(c.topic));
  const wanted = new Map(
    QUESTION_TYPES.filter((type) => !options.types || options.types.includes(type)).map((type) => [
      type,
      candidatesOf(type).filter(keep),
    ]),
  );
  const types = rng.shuffle(QUESTION_TYPES.filter((type) => (wanted.get(type)?.length ?? 0) > 0));
  const pools = new Map(types.map((type) => [type, rng.shuffle(wanted.get(type) ?? [])]));
  const used = new Map(types.map((type) => [type, 0]));
  const seen = new Set<string>();
  const questions: Question[] = [];
  // A pool is tried at most twice over (its second round can still give new questions where the rng picks the
  // numbers, as seq/ack does); after that, or after too many repeats in a row, the type is done.
  let repeats = 0;
  // What each fixed candidate drew the first time it was made.
  const drawnBy = new Map<Candidate, number>();
  for (let turn = 0; questions.length < options.count && types.length > 0; turn++) {
    const type = types[turn % types.length] as QuestionType;
    const pool = pools.get(type) ?? [];
    const n = used.get(type) ?? 0;
    if (n >= pool.length * 2 || repeats > 200) {
      types.splice(types.indexOf(type), 1);
      repeats = 0;
      continue;
    }
    used.set(type, n + 1);
    const candidate = pool[n % pool.length];
    const drawn = candidate && drawnBy.get(candidate);
    if (drawn !== undefined) {
      rng.skip(drawn);
      repeats++;
      continue;
    }
    const before = rng.drawn();
    const question = candidate?.make(rng, options.lang) ?? null;
    if (candidate?.fixed) drawnBy.set(candidate, rng.drawn() - before);
    const key = question && sameness(question);
    if (question && key !== null && !seen.has(key)) {
      seen.add(key);
      questions.push(question);
      repeats = 0;
    } else repeats++;
  }
  return questions;
}
