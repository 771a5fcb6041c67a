import Link from "next/link";
import { SECONDARY_BUTTON } from "@/components/ui/buttons";
import { formatDay } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";
import type { Progress } from "@/lib/progress/dashboard";
import { BarChart, Heatmap } from "./charts";
import { MasteryDiagram } from "./mastery-diagram";

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** The progress dashboard: what you know, on the state diagram, and how your practice has gone. */
export function Dashboard({ progress, t }: { progress: Progress; t: Translator<"progress"> }) {
  const { retention, forecast, quizzes } = progress;
  const dueSoon = forecast.reduce((n, d) => n + d.count, 0);
  return (
    <div data-testid="dashboard">
      <Section id="mastery-heading" title={t("masteryHeading")}>
        <MasteryDiagram arcs={progress.arcs} t={t} />
      </Section>

      <Section id="calendar-heading" title={t("calendarHeading")}>
        <Heatmap days={progress.perDay} t={t} />
      </Section>

      <div className="grid gap-x-10 lg:grid-cols-2">
        <Section id="forecast-heading" title={t("forecastHeading", { days: forecast.length })}>
          <BarChart
            bars={forecast.map((d, i) => ({
              key: d.day,
              // The month on the first bar and where it changes; the day alone between.
              label: formatDay(d.day, t.locale, i === 0 || d.day.endsWith("-01") ? "short" : "day"),
              value: d.count,
              title: t("forecastBar", { day: formatDay(d.day, t.locale), n: d.count }),
            }))}
            max={Math.max(1, ...forecast.map((d) => d.count))}
            unit=""
            caption={dueSoon === 0 ? t("forecastNone") : t("forecastSome", { n: dueSoon })}
          />
        </Section>
        <Section id="retention-heading" title={t("retentionHeading")}>
          {retention.every((w) => w.reviewed === 0) ? (
            <p className="text-slate-700 dark:text-slate-300">{t("retentionNothing")}</p>
          ) : (
            <BarChart
              bars={retention.map((w) => ({
                key: w.week,
                label: formatDay(w.week, t.locale, "short"),
                value: w.reviewed === 0 ? null : Math.round((w.recalled / w.reviewed) * 100),
                title:
                  w.reviewed === 0
                    ? t("retentionWeekEmpty", { week: formatDay(w.week, t.locale) })
                    : t("retentionWeek", {
                        week: formatDay(w.week, t.locale),
                        recalled: w.recalled,
                        reviewed: w.reviewed,
                      }),
              }))}
              max={100}
              unit="%"
              caption={t("retentionCaption")}
            />
          )}
        </Section>
      </div>

      <Section id="scores-heading" title={t("scoresHeading")}>
        {quizzes.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">
            {t.rich("noQuiz", {
              link: (c) => (
                <Link className="underline underline-offset-2" href="/quiz">
                  {c}
                </Link>
              ),
            })}
          </p>
        ) : (
          <BarChart
            bars={quizzes.map((q, i) => ({
              key: q.id,
              label: `#${i + 1}`,
              value: q.percent,
              title: t("quizBar", { n: i + 1, day: formatDay(q.day, t.locale), correct: q.correct, total: q.total }),
            }))}
            max={100}
            unit="%"
            caption={t("quizCaption", { n: quizzes.length })}
          />
        )}
      </Section>

      <Section id="export-heading" title={t("exportHeading")}>
        <p className="flex flex-wrap gap-3">
          <a className={SECONDARY_BUTTON} href="/flashcards/export?deck=everything" download>
            {t("ankiDeck")}
          </a>
          <a className={SECONDARY_BUTTON} href="/me/history.csv" download>
            {t("historyCsv")}
          </a>
        </p>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("exportNote")}</p>
      </Section>
    </div>
  );
}
