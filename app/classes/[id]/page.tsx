import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentForm } from "@/components/classes/assignment-form";
import { LeaveClassButton, StartAssignmentButton } from "@/components/classes/class-forms";
import { JoinCodeCard } from "@/components/classes/join-code-card";
import { PageHeader } from "@/components/ui/page-header";
import { currentCaller } from "@/lib/auth/current-learner";
import {
  answersShown,
  assignmentStatus,
  attemptDeadline,
  STATUS_TEXT,
  startRefusal,
} from "@/lib/classes/rules/assignment";
import { formatLocal, formatLocalDay, toLocalInput } from "@/lib/classes/rules/local-time";
import { assignmentsOfClass, attemptsAt, classForMember, classForTeacher } from "@/lib/db";
import { joinLinkFor } from "@/lib/http/join-link";
import { learnerTzOffset } from "@/lib/http/tz";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("classes");
  return { title: t("classTitle") };
}

const AllClasses = ({ label }: { label: string }) => (
  <p className="text-sm">
    <Link className="underline underline-offset-2" href="/classes">
      {label}
    </Link>
  </p>
);

/** A class: its teacher sees the code and the roster; a member sees the class; anyone else gets a 404. */
export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, caller, tz, t] = await Promise.all([params, currentCaller(), learnerTzOffset(), getT("classes")]);
  const day = (d: Date) => formatLocalDay(d, tz, t.locale);
  const when = (d: Date) => formatLocal(d, tz, t.locale);
  const user = caller?.user;
  if (!caller || !user || id.length > 40) notFound();
  const now = new Date();
  const taught = await classForTeacher(user.id, id);
  if (taught) {
    const link = await joinLinkFor(taught.joinCode);
    return (
      <div className="space-y-10">
        <PageHeader eyebrow={t("eyebrowTeacher")} title={taught.name} lead={t("studentCount", { n: taught.members })} />
        <JoinCodeCard
          classId={taught.id}
          code={taught.joinCode}
          link={link}
          expires={day(taught.codeExpiresAt)}
          t={t}
        />
        <section aria-labelledby="assignments-heading" className="space-y-4">
          <h2 id="assignments-heading" className="text-lg font-semibold">
            {t("assignmentsHeading")}
          </h2>
          {(await assignmentsOfClass(taught.id)).map((a) => (
            <p
              key={a.id}
              className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 pb-2 dark:border-slate-900"
            >
              <span className="flex flex-wrap items-baseline gap-2">
                <Link
                  className="font-semibold text-sky-700 underline underline-offset-2 dark:text-sky-400"
                  href={`/classes/${taught.id}/assignments/${a.id}`}
                >
                  {a.title}
                </Link>
                {a.closedAt && a.closedAt < a.dueAt ? (
                  <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs dark:bg-slate-800">
                    {t("closedBadge")}
                  </span>
                ) : null}
              </span>
              <span className="text-sm text-slate-600 dark:text-slate-400">{t("dueOn", { date: when(a.dueAt) })}</span>
            </p>
          ))}
          <p className="text-sm">
            <Link className="underline underline-offset-2" href={`/classes/${taught.id}/results`}>
              {t("gridLink")}
            </Link>
          </p>
          <h3 className="pt-2 font-semibold">{t("setHeading")}</h3>
          <ClientMessages namespaces={["classes"]}>
            <AssignmentForm
              classId={taught.id}
              defaultDue={toLocalInput(new Date(now.getTime() + 7 * 86_400_000), tz)}
            />
          </ClientMessages>
        </section>
        <section aria-labelledby="roster-heading">
          <h2 id="roster-heading" className="text-lg font-semibold">
            {t("studentsHeading")}
          </h2>
          {taught.roster.length === 0 ? (
            <p className="mt-2 text-slate-600 dark:text-slate-400">{t("rosterEmpty")}</p>
          ) : (
            <table className="mt-3 w-full max-w-2xl text-left text-sm" data-testid="roster">
              <thead>
                <tr className="border-b border-slate-200 dark:border-slate-800">
                  <th className="py-2 pr-4 font-semibold">{t("colName")}</th>
                  <th className="py-2 pr-4 font-semibold">{t("colEmail")}</th>
                  <th className="py-2 font-semibold">{t("colJoined")}</th>
                </tr>
              </thead>
              <tbody>
                {taught.roster.map((m) => (
                  <tr key={m.userId} className="border-b border-slate-100 dark:border-slate-900">
                    <td className="py-2 pr-4">{m.name}</td>
                    <td className="py-2 pr-4 [overflow-wrap:anywhere]">{m.email}</td>
                    <td className="py-2">{day(m.joinedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <AllClasses label={t("allClasses")} />
      </div>
    );
  }
  const joined = await classForMember(user.id, id);
  if (!joined) notFound();
  const assignments = await Promise.all(
    (await assignmentsOfClass(joined.id)).map(async (a) => ({
      a,
      attempts: await attemptsAt(caller.learner.id, a.id),
    })),
  );
  return (
    <ClientMessages namespaces={["classes"]}>
      <div className="space-y-8">
        <PageHeader
          eyebrow={t("eyebrowStudent")}
          title={joined.name}
          lead={t("taughtBy", { teacher: joined.teacherName })}
        />
        <section aria-labelledby="assignments-heading" className="max-w-3xl space-y-3">
          <h2 id="assignments-heading" className="text-lg font-semibold">
            {t("assignmentsHeading")}
          </h2>
          {assignments.length === 0 ? (
            <p className="text-slate-600 dark:text-slate-400">{t("noneYet")}</p>
          ) : (
            <ul className="space-y-3" data-testid="assignments">
              {assignments.map(({ a, attempts }) => {
                const status = assignmentStatus(a, attempts, now);
                const running = attempts.find((t) => !t.finishedAt && now < attemptDeadline(a, t));
                const done = [...attempts].reverse().find((t) => t.finishedAt);
                const refusal = startRefusal(a, attempts, now);
                const canStart = refusal === null;
                return (
                  <li
                    key={a.id}
                    className="rounded-xl border border-slate-200 p-4 dark:border-slate-800"
                    data-assignment={a.id}
                  >
                    <p className="flex flex-wrap items-baseline justify-between gap-2">
                      <span className="font-semibold">{a.title}</span>
                      <span
                        className="rounded-full bg-slate-100 px-2 py-0.5 text-xs dark:bg-slate-800"
                        data-testid="status"
                      >
                        {t(STATUS_TEXT[status])}
                      </span>
                    </p>
                    <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                      {[
                        t("questionsDue", { count: a.spec.count, date: when(a.dueAt) }),
                        ...(a.timeLimitS ? [t("minutesOnceStarted", { minutes: a.timeLimitS / 60 })] : []),
                        t("attemptOf", { n: Math.min(attempts.length, a.maxAttempts), max: a.maxAttempts }),
                      ].join(" · ")}
                    </p>
                    {refusal === "closed" ? (
                      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" data-testid="closed">
                        {t("closedEarly")}
                      </p>
                    ) : null}
                    <p className="mt-3 flex flex-wrap items-center gap-3">
                      {running ? (
                        <Link
                          className="font-semibold text-sky-700 underline dark:text-sky-400"
                          href={`/quiz/${running.id}`}
                        >
                          {t("continue")}
                        </Link>
                      ) : canStart ? (
                        <StartAssignmentButton assignmentId={a.id} again={attempts.length > 0} />
                      ) : null}
                      {done ? (
                        <Link className="underline underline-offset-2" href={`/quiz/${done.id}/results`}>
                          {answersShown(a, done, attempts.length, now)
                            ? t("yourResults", { correct: done.correct, count: a.spec.count })
                            : t("yourAnswersRecorded")}
                        </Link>
                      ) : null}
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <LeaveClassButton classId={joined.id} name={joined.name} />
        <AllClasses label={t("allClasses")} />
      </div>
    </ClientMessages>
  );
}
