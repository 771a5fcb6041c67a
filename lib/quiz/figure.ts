// The small picture beside an answer: the arc of the state diagram, or the scenario up to the step asked about.
import {
  type FigureInjection,
  type FigureRow,
  injectionsIn,
  play,
  type Role,
  type State,
  scenarioById,
  type Text,
  traceRows,
} from "@/lib/tcp";
import type { Lang, Question } from "./types";

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
