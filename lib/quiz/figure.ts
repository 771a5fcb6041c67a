// The small picture beside an answer: the arc of the state diagram, or the scenario up to the step asked about.
import {
  formatSegment,
  type Origin,
  play,
  type Role,
  type State,
  scenarioById,
  type Text,
  type Trace,
} from "@/lib/tcp";
import type { Lang, Question } from "./types";

export type FigureRow = {
  /** 1-based, as the narration and the /learn?step= links count. */
  step: number;
  actor: Role;
  /** The socket call ("close()") or the event ("rcv FIN", "timeout=2MSL"). */
  label: string;
  /** What the actor sent at this step, as printed ("FIN,ACK seq=4001 ack=9001"). */
  sent: string | null;
  lost: boolean;
  /** The step whose segment arrived here. */
  receivedFrom: number | null;
  states: Record<Role, State>;
};

export type Figure =
  | { kind: "arc"; from: State; event: string; send: string; to: State }
  | {
      kind: "steps";
      scenario: string;
      title: string;
      initial: Record<Role, State>;
      rows: FigureRow[];
      /** The step the question is about; rows run up to it. */
      highlight: number;
      /** Segments from outside the two sides (a forgery, an old duplicate), drawn coming in from beyond a lifeline. */
      injected?: FigureInjection[];
    };

export type FigureInjection = { step: number; to: Role; origin: Origin; segment: string };

export function injectionsIn(trace: Pick<Trace, "steps">): FigureInjection[] {
  return trace.steps.flatMap((s) =>
    s.received?.origin
      ? [{ step: s.index + 1, to: s.actor, origin: s.received.origin, segment: formatSegment(s.received.segment) }]
      : [],
  );
}

export function traceRows(trace: Pick<Trace, "steps">): FigureRow[] {
  return trace.steps.map((s) => ({
    step: s.index + 1,
    actor: s.actor,
    label: s.call ?? s.event,
    sent: s.segment ? formatSegment(s.segment) : null,
    lost: s.lost,
    receivedFrom: s.received && s.received.step !== null ? s.received.step + 1 : null,
    states: s.states,
  }));
}

export function figureFor(q: Question, lang: Lang): Figure | null {
  const b = q.basis;
  if (b.kind === "transition") return { kind: "arc", from: b.from, event: b.event, send: b.send, to: b.to };
  if (b.kind !== "scenario") return null;
  const scenario = scenarioById(b.scenario);
  if (!scenario) return null;
  const trace = play(b.isn ? { ...scenario, isn: b.isn } : scenario);
  return {
    kind: "steps",
    scenario: trace.id,
    title: (trace.title as Text)[lang],
    initial: trace.initial,
    rows: traceRows(trace).slice(0, b.step),
    highlight: b.step,
    injected: injectionsIn(trace).filter((i) => i.step <= b.step),
  };
}
