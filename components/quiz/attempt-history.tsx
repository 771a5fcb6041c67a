import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import type { AttemptSummary } from "@/lib/db";
import { getT } from "@/lib/i18n/server";
import { FOCUS_TEXT, LEVEL_TEXT } from "@/lib/quiz/focus";

/** `keptBack`: an assignment's attempt whose score is not the student's to see yet. */
export type HistoryRow = AttemptSummary & { total: number; keptBack: boolean };

/** Past and unfinished quizzes, newest first, each linking to its results or back to where it stopped. */
export async function AttemptHistory({ rows, tzOffset }: { rows: HistoryRow[]; tzOffset: number }) {
  const [t, tc] = await Promise.all([getT("quiz"), getT("common")]);
  if (rows.length === 0) {
    return (
      <p className="text-slate-600 dark:text-slate-400" data-testid="history-empty">
        {t("historyEmpty")}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] text-left text-sm" data-testid="history">
        <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("colStarted")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("colQuiz")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("colScore")}
            </th>
            <th scope="col" className="py-2 font-medium">
              <span className="sr-only">{t("colOpen")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const done = row.finishedAt !== null;
            const focus = FOCUS_TEXT[row.spec.focus];
            const what = [
              row.retryOfId ? t("historyRetry") : null,
              focus ? tc(focus.title) : row.spec.focus,
              row.spec.level ? tc(LEVEL_TEXT[row.spec.level]) : null,
              t("questionCount", { n: row.total }),
            ];
            return (
              <tr key={row.id} className="border-b border-slate-100 dark:border-slate-900">
                <td className="py-2 pr-4 whitespace-nowrap">
                  <LocalTime iso={row.startedAt.toISOString()} locale={t.locale} offsetMinutes={tzOffset} />
                </td>
                <td className="py-2 pr-4">
                  {what.filter(Boolean).join(" · ")}
                  {/* An assignment's quiz comes from a secret key, not a seed anyone could use again. */}
                  {row.spec.seedKey === null ? (
                    <span className="text-slate-500 dark:text-slate-400">
                      {" "}
                      · {t("seedShort", { seed: String(row.spec.seed) })}
                    </span>
                  ) : null}
                </td>
                <td className="py-2 pr-4 whitespace-nowrap">
                  {done && row.keptBack
                    ? t("scoreLater")
                    : done
                      ? `${row.correct} / ${row.total}`
                      : t("answeredOf", { answered: row.answered, total: row.total })}
                </td>
                <td className="py-2 whitespace-nowrap">
                  <Link
                    className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300"
                    href={done ? `/quiz/${row.id}/results` : `/quiz/${row.id}`}
                  >
                    {done ? t("openResults") : t("openContinue")}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
