import Link from "next/link";
import type { AttemptSummary } from "@/lib/db";
import { FOCUS_TEXT } from "@/lib/quiz";

export type HistoryRow = AttemptSummary & { total: number };

const when = (d: Date) =>
  d.toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** Past and unfinished quizzes, newest first, each linking to its results or back to where it stopped. */
export function AttemptHistory({ rows }: { rows: HistoryRow[] }) {
  if (rows.length === 0) {
    return (
      <p className="text-slate-600 dark:text-slate-400" data-testid="history-empty">
        No quizzes yet. Your quizzes and scores appear here, saved in this browser's profile.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] text-left text-sm" data-testid="history">
        <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              Started (UTC)
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Quiz
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Score
            </th>
            <th scope="col" className="py-2 font-medium">
              <span className="sr-only">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const done = row.finishedAt !== null;
            return (
              <tr key={row.id} className="border-b border-slate-100 dark:border-slate-900">
                <td className="py-2 pr-4 whitespace-nowrap">
                  <time dateTime={row.startedAt.toISOString()}>{when(row.startedAt)}</time>
                </td>
                <td className="py-2 pr-4">
                  {row.retryOfId ? "Retry of missed · " : ""}
                  {FOCUS_TEXT[row.spec.focus]?.title ?? row.spec.focus}
                  {row.spec.level ? ` · ${row.spec.level}` : ""} · {row.total} questions
                  <span className="text-slate-500"> · seed {row.spec.seed}</span>
                </td>
                <td className="py-2 pr-4 whitespace-nowrap">
                  {done ? `${row.correct} / ${row.total}` : `${row.answered} of ${row.total} answered`}
                </td>
                <td className="py-2 whitespace-nowrap">
                  <Link
                    className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300"
                    href={done ? `/quiz/${row.id}/results` : `/quiz/${row.id}`}
                  >
                    {done ? "Results" : "Continue"}
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
