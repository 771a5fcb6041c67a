import Link from "next/link";
import { SECONDARY_BUTTON } from "@/components/ui/buttons";
import type { Progress } from "@/lib/practice/progress";
import { BarChart, Heatmap } from "./charts";
import { MasteryDiagram } from "./mastery-diagram";

const short = (day: string) => day.slice(5).replace("-", "/");

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
export function Dashboard({ progress }: { progress: Progress }) {
  const { retention, forecast, quizzes } = progress;
  const dueSoon = forecast.reduce((n, d) => n + d.count, 0);
  return (
    <div data-testid="dashboard">
      <Section id="mastery-heading" title="What you know, arc by arc">
        <MasteryDiagram arcs={progress.arcs} />
      </Section>

      <Section id="calendar-heading" title="Reviews per day">
        <Heatmap days={progress.perDay} />
      </Section>

      <div className="grid gap-x-10 lg:grid-cols-2">
        <Section id="forecast-heading" title="Due in the next 14 days">
          <BarChart
            bars={forecast.map((d) => ({
              key: d.day,
              label: short(d.day),
              value: d.count,
              title: `${d.day}: ${d.count} card${d.count === 1 ? "" : "s"} due`,
            }))}
            max={Math.max(1, ...forecast.map((d) => d.count))}
            unit=""
            caption={
              dueSoon === 0
                ? "No card falls due in the next two weeks: review some new cards to start a schedule."
                : `${dueSoon} card reviews fall due in the next two weeks (today includes any overdue).`
            }
          />
        </Section>
        <Section id="retention-heading" title="Retention">
          {retention.every((w) => w.reviewed === 0) ? (
            <p className="text-slate-700 dark:text-slate-300">
              Nothing to measure yet: retention counts the reviews of cards you have already learned, so it starts when
              your first graduated cards come back (usually a few days after you learn them).
            </p>
          ) : (
            <BarChart
              bars={retention.map((w) => ({
                key: w.week,
                label: short(w.week),
                value: w.reviewed === 0 ? null : Math.round((w.recalled / w.reviewed) * 100),
                title:
                  w.reviewed === 0
                    ? `Week of ${w.week}: no reviews of learned cards`
                    : `Week of ${w.week}: ${w.recalled} of ${w.reviewed} learned cards recalled`,
              }))}
              max={100}
              unit="%"
              caption="Of the reviews of cards you had already learned, the share you recalled (anything but Again), week by week. FSRS aims at 90%."
            />
          )}
        </Section>
      </div>

      <Section id="scores-heading" title="Quiz scores">
        {quizzes.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">
            No finished quiz yet.{" "}
            <Link className="underline underline-offset-2" href="/quiz">
              Take one
            </Link>{" "}
            and its score appears here.
          </p>
        ) : (
          <BarChart
            bars={quizzes.map((q, i) => ({
              key: q.id,
              label: `#${i + 1}`,
              value: q.percent,
              title: `Quiz ${i + 1} (${q.day}): ${q.correct} of ${q.total} right`,
            }))}
            max={100}
            unit="%"
            caption={`Your last ${quizzes.length} finished quiz${quizzes.length === 1 ? "" : "zes"}, oldest first.`}
          />
        )}
      </Section>

      <Section id="export-heading" title="Export">
        <p className="flex flex-wrap gap-3">
          <a className={SECONDARY_BUTTON} href="/flashcards/export?deck=everything" download>
            Deck for Anki (.txt)
          </a>
          <a className={SECONDARY_BUTTON} href="/me/history.csv" download>
            Your history (.csv)
          </a>
        </p>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          In Anki: File → Import, pick the file; notes keep their ids, so importing a newer deck updates them. The CSV
          has every quiz answer and flashcard rating with its time.
        </p>
      </Section>
    </div>
  );
}
