import Link from "next/link";
import { useId } from "react";
import { DiagramBoxes } from "@/components/animation/state-diagram";
import { arcGeometry, DIAGRAM, placesOf } from "@/lib/animation";
import type { Translator } from "@/lib/i18n/translate";
import type { ArcMastery } from "@/lib/srs";
import { EVENT_TEXT } from "@/lib/tcp";

type T = Translator<"progress">;

/** Each level has its own colour and its own line, so the picture reads without colour too. */
const LOOK: Record<
  ArcMastery["level"],
  {
    className: string;
    width: number;
    dash?: string;
    label: "levelUnknown" | "levelWeak" | "levelShaky" | "levelStrong";
  }
> = {
  unknown: { className: "text-slate-400 dark:text-slate-600", width: 1.2, dash: "2 4", label: "levelUnknown" },
  weak: { className: "text-rose-600 dark:text-rose-400", width: 3, dash: "7 4", label: "levelWeak" },
  shaky: { className: "text-amber-500 dark:text-amber-400", width: 3, dash: "12 3", label: "levelShaky" },
  strong: { className: "text-emerald-600 dark:text-emerald-400", width: 3.2, label: "levelStrong" },
};

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
  // English names the event as Figure 5 labels it; Chinese says what happens (“收到 FIN”, “被动打开”), without the
  // system call in brackets: a title or a label cannot mark listen() as code.
  const said = t.locale === "en" ? event : EVENT_TEXT[event].zh.replace(/（[^）]*\)）$/, "");
  return t("arcText", { from, to, event: said, parts: parts.join(t("arcPartsSeparator")) });
}

/** RFC 9293 Figure 5 with every arc drawn by how well the learner knows it; an arc opens its card to practise. */
export function MasteryDiagram({ arcs, t }: { arcs: ArcMastery[]; t: T }) {
  const heads = useId();
  // The weakest of what you have practised first; arcs not met yet after them.
  const weakest = [...arcs].sort((a, b) => (a.score ?? 2) - (b.score ?? 2));
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,28rem)_minmax(0,1fr)]">
      <figure className="text-slate-700 dark:text-slate-300">
        <svg
          viewBox={`0 0 ${DIAGRAM.width} ${DIAGRAM.height}`}
          aria-label={t("diagramLabel", {
            strong: arcs.filter((a) => a.level === "strong").length,
            shaky: arcs.filter((a) => a.level === "shaky").length,
            weak: arcs.filter((a) => a.level === "weak").length,
            unknown: arcs.filter((a) => a.level === "unknown").length,
          })}
          className="w-full"
        >
          <defs>
            {Object.entries(LOOK).map(([level, look]) => (
              <marker
                key={level}
                id={`${heads}-${level}`}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="9"
                markerHeight="9"
                markerUnits="userSpaceOnUse"
                orient="auto"
                className={look.className}
              >
                <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
              </marker>
            ))}
          </defs>
          {arcs.map((a) => {
            const { from, to } = placesOf(a.transition);
            const look = LOOK[a.level];
            return (
              <a
                key={a.cardId}
                href={practise(a)}
                aria-label={t("practiseArc", { arc: arcText(a, t) })}
                className={look.className}
              >
                <title>{arcText(a, t)}</title>
                {/* A wide invisible stroke makes the thin arc easy to hit with a finger. */}
                <path d={arcGeometry(from, to).d} fill="none" stroke="transparent" strokeWidth="12" />
                <path
                  d={arcGeometry(from, to).d}
                  fill="none"
                  stroke="currentColor"
                  strokeWidth={look.width}
                  strokeDasharray={look.dash}
                  markerEnd={`url(#${heads}-${a.level})`}
                  data-level={a.level}
                  data-arc={a.cardId}
                />
              </a>
            );
          })}
          <DiagramBoxes highlight={new Set()} />
        </svg>
        <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {Object.entries(LOOK).map(([level, look]) => (
            <span key={level} className={`inline-flex items-center gap-1.5 ${look.className}`}>
              <svg viewBox="0 0 28 6" className="h-2 w-7" aria-hidden="true">
                <line x1="0" y1="3" x2="28" y2="3" stroke="currentColor" strokeWidth="3" strokeDasharray={look.dash} />
              </svg>
              <span className="text-slate-700 dark:text-slate-300">{t(look.label)}</span>
            </span>
          ))}
        </figcaption>
      </figure>
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
