// Where a question links to: the first step of a scenario that shows the same thing.
import { CASE_INFO, play, SCENARIOS, type Text, TRANSITIONS, type Transition, transitionId } from "@/lib/tcp";

export function stepLink(scenario: string, stepIndex: number): string {
  return `/learn/${scenario}?step=${stepIndex + 1}`;
}

let firstUse: Map<string, string> | null = null;

export function transitionLink(t: Transition): string {
  if (!firstUse) {
    firstUse = new Map();
    for (const scenario of SCENARIOS) {
      for (const step of play(scenario).steps) {
        const id = transitionId(step.transition);
        if (!firstUse.has(id)) firstUse.set(id, stepLink(scenario.id, step.index));
      }
    }
  }
  return firstUse.get(transitionId(t)) ?? `/learn#${encodeURIComponent(t.from)}`;
}

/**
 * What a mastery key (see `basisKey`) is about, for a page to name in the interface language: a spelling tools
 * print, a scenario's step (its title in both languages), or a transition (RFC notation, the same in both).
 */
export type BasisLabel =
  | { kind: "name"; spelling: string }
  | { kind: "step"; scenario: Text; step: number }
  | { kind: "transition"; notation: string };

/** A mastery key as a learner reads it (`components/ui/basis-name.tsx` words it), with the page that shows it. */
export function basisKeyView(key: string): { label: BasisLabel; href: string } {
  if (key.startsWith("name:"))
    return { label: { kind: "name", spelling: key.slice(5) }, href: "/learn#states-heading" };
  const step = key.match(/^(.+)#(\d+)$/);
  if (step) {
    const id = step[1] ?? "";
    const title = SCENARIOS.find((s) => s.id === id)?.title ?? { en: id, zh: id };
    return { label: { kind: "step", scenario: title, step: Number(step[2]) }, href: stepLink(id, Number(step[2]) - 1) };
  }
  const t = TRANSITIONS.find((x) => transitionId(x) === key);
  const [from, event] = key.split("|");
  const when = t?.when ? ` (${CASE_INFO[t.when].test})` : "";
  return {
    label: { kind: "transition", notation: `${from} + ${event}${when}` },
    href: t ? transitionLink(t) : "/learn",
  };
}
