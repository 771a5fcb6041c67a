// What a mastery key is about, worded for a page, with the page that shows it.
import { stepLink, transitionLink } from "@/lib/animation/links";
import { CASE_INFO, SCENARIOS, type Text, TRANSITIONS, transitionId } from "@/lib/tcp";

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
