import Link from "next/link";
import type { Translator } from "@/lib/i18n/translate";
import type { ArcMastery } from "@/lib/srs";
import { ArcFigure, eventSaid } from "./arc-figure";

type T = Translator<"progress">;

const SHORT_LEVEL = { weak: "levelShortWeak", shaky: "levelShortShaky", strong: "levelShortStrong" } as const;

const practise = (a: ArcMastery) => `/flashcards/everything?card=${encodeURIComponent(a.cardId)}`;
const percent = (share: number) => Math.round(share * 100);

/** An arc and how well it is known, in a sentence: the arc's title and, with "Practise", its link's name. */
function arcText(a: ArcMastery, t: T): string {
  const { from, to, event } = a.transition;
  const parts = [
    a.score === null ? t("arcNotPractised") : `${percent(a.score)}%`,
    a.quiz ? t("arcQuiz", { right: a.quiz.right, total: a.quiz.total }) : null,
    a.recall !== null ? t("arcRecall", { percent: percent(a.recall) }) : null,
  ].filter((p) => p !== null);
  return t("arcText", { from, to, event: eventSaid(event, t.locale), parts: parts.join(t("arcPartsSeparator")) });
}

/** RFC 9293 Figure 5 with every arc drawn by how well the learner knows it; an arc opens its card to practise. */
export function MasteryDiagram({ arcs, t }: { arcs: ArcMastery[]; t: T }) {
  // The weakest of what you have practised first; arcs not met yet after them.
  const weakest = [...arcs].sort((a, b) => (a.score ?? 2) - (b.score ?? 2));
  const count = (level: ArcMastery["level"]) => arcs.filter((a) => a.level === level).length;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,28rem)_minmax(0,1fr)]">
      <ArcFigure
        arcs={arcs.map((a) => ({
          key: a.cardId,
          transition: a.transition,
          level: a.level,
          title: arcText(a, t),
          link: { href: practise(a), label: t("practiseArc", { arc: arcText(a, t) }) },
        }))}
        label={t("diagramLabel", {
          strong: count("strong"),
          shaky: count("shaky"),
          weak: count("weak"),
          unknown: count("unknown"),
        })}
        legend={{
          unknown: t("levelUnknown"),
          weak: t("levelWeak"),
          shaky: t("levelShaky"),
          strong: t("levelStrong"),
        }}
      />
      <div>
        <h3 className="font-semibold">{t("listHeading")}</h3>
        <ol className="mt-2 space-y-1 text-sm" data-testid="mastery-list">
          {weakest.map((a) => (
            <li key={a.cardId} className="flex flex-wrap justify-between gap-2">
              {/* Figure 5's own notation (state + event), the same in every language. */}
              <Link
                className="font-mono text-sky-800 underline underline-offset-2 dark:text-sky-300"
                href={practise(a)}
                lang="en"
              >
                {a.transition.from} + {a.transition.event}
              </Link>
              <span className="text-slate-600 dark:text-slate-400">
                {a.score === null || a.level === "unknown"
                  ? t("listNotPractised")
                  : t("listScore", { percent: percent(a.score), level: t(SHORT_LEVEL[a.level]) })}
              </span>
            </li>
          ))}
        </ol>
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">{t("masteryNote")}</p>
      </div>
    </div>
  );
}
