import type { Learner } from "@/lib/db";
import type { Translator } from "@/lib/i18n/translate";

/** How a learner is named on screen: a guest as "Guest 7K2QXA" (in the page's language), an account by its name. */
export function learnerName(learner: Learner, t: Translator<"layout">): string {
  return learner.kind === "guest" ? t("guestLabel", { tag: learner.id.slice(-6).toUpperCase() }) : learner.label;
}
