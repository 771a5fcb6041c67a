import Link from "next/link";
import { ArcFigure, eventSaid } from "@/components/progress/arc-figure";
import { transitionLink } from "@/lib/animation/links";
import type { ArcLevel, ClassArc } from "@/lib/classes/rules/results";
import type { Translator } from "@/lib/i18n/translate";

type T = Translator<"classes">;

const percent = (a: ClassArc) => Math.round((a.right / a.total) * 100);

function arcText(a: ClassArc, t: T): string {
  const { from, to, event } = a.transition;
  const said = { from, to, event: eventSaid(event, t.locale) };
  return a.total === 0 ? t("figureArcNotAsked", said) : t("figureArc", { ...said, right: a.right, total: a.total });
}

/**
 * How a class answered the questions about each arc of RFC 9293 Figure 5: the arcs coloured by the share right, each
 * with its count, and beside the figure the arcs asked about, weakest first, each leading to its animated step.
 */
export function ClassFigure({ arcs, t }: { arcs: readonly ClassArc[]; t: T }) {
  const asked = arcs
    .filter((a) => a.total > 0)
    .sort((a, b) => a.right / a.total - b.right / b.total || b.total - a.total);
  const count = (level: ArcLevel) => arcs.filter((a) => a.level === level).length;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,28rem)_minmax(0,1fr)]" data-testid="class-figure">
      <ArcFigure
        arcs={arcs.map((a) => ({
          key: a.key,
          transition: a.transition,
          level: a.level,
          title: arcText(a, t),
          link: { href: transitionLink(a.transition), label: arcText(a, t) },
          ...(a.total > 0 ? { count: `${a.right}/${a.total}` } : {}),
        }))}
        label={t("figureLabel", {
          strong: count("strong"),
          shaky: count("shaky"),
          weak: count("weak"),
          unknown: count("unknown"),
        })}
        legend={{
          unknown: t("figureUnknown"),
          weak: t("figureWeak"),
          shaky: t("figureShaky"),
          strong: t("figureStrong"),
        }}
      />
      <div>
        <h3 className="font-semibold">{t("figureListHeading")}</h3>
        {asked.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("figureNone")}</p>
        ) : (
          <ol className="mt-2 space-y-1 text-sm" data-testid="class-arcs">
            {asked.map((a) => (
              <li key={a.key} className="flex flex-wrap justify-between gap-2" data-arc={a.key}>
                {/* Figure 5's own notation (state + event), the same in every language. */}
                <Link
                  className="font-mono text-sky-800 underline underline-offset-2 dark:text-sky-300"
                  href={transitionLink(a.transition)}
                  lang="en"
                >
                  {a.transition.from} + {a.transition.event}
                </Link>
                <span className="text-slate-600 dark:text-slate-400">
                  {t("figureListScore", { right: a.right, total: a.total, percent: percent(a) })}
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

/** The figure as a section of a results page, with its heading and what the drawing means. */
export function ClassFigureSection({ arcs, t }: { arcs: readonly ClassArc[]; t: T }) {
  return (
    <section aria-labelledby="figure-heading">
      <h2 id="figure-heading" className="text-lg font-semibold">
        {t("figureHeading")}
      </h2>
      <p className="mt-1 mb-4 max-w-3xl text-sm text-slate-600 dark:text-slate-400">{t("figureLead")}</p>
      <ClassFigure arcs={arcs} t={t} />
    </section>
  );
}
