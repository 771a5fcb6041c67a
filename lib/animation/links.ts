// The player's address for a scenario's step, and the first step of any scenario that takes a transition: where a
// question, a card or a class's figure sends the learner to see it happen.
import { play, SCENARIOS, type Transition, transitionId } from "@/lib/tcp";

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
