// Where a question links to: the first step of a scenario that shows the same thing.
import { play, SCENARIOS, TRANSITIONS, type Transition, transitionId } from "@/lib/tcp";

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

/** A mastery key (see `basisKey`) as a learner reads it, with the page that shows it. */
export function basisKeyView(key: string): { label: string; href: string } {
  if (key.startsWith("name:")) return { label: `The name ${key.slice(5)}`, href: "/learn#states-heading" };
  const step = key.match(/^(.+)#(\d+)$/);
  if (step) {
    const scenario = SCENARIOS.find((s) => s.id === step[1]);
    return {
      label: `${scenario?.title.en ?? step[1]}, step ${step[2]}`,
      href: stepLink(step[1] ?? "", Number(step[2]) - 1),
    };
  }
  const [from, event] = key.split("|");
  const t = TRANSITIONS.find((x) => x.from === from && x.event === event);
  return { label: `${from} + ${event}`, href: t ? transitionLink(t) : "/learn" };
}
