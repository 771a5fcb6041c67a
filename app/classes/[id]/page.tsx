import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentForm } from "@/components/classes/assignment-form";
import { LeaveClassButton, RotateCodeButton, StartAssignmentButton } from "@/components/classes/class-forms";
import { PageHeader } from "@/components/ui/page-header";
import { currentCaller } from "@/lib/auth/current-learner";
import { assignmentStatus, attemptDeadline, startRefusal } from "@/lib/classes/assignment";
import { showCode } from "@/lib/classes/join-code";
import { formatLocal, toLocalInput } from "@/lib/classes/local-time";
import { assignmentsOfClass, attemptsAt, classForMember, classForTeacher } from "@/lib/db";
import { learnerTzOffset } from "@/lib/http/tz";

export const metadata: Metadata = { title: "Class" };

const day = (d: Date) =>
  d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

const allClasses = (
  <p className="text-sm">
    <Link className="underline underline-offset-2" href="/classes">
      All classes
    </Link>
  </p>
);

/** A class: its teacher sees the code and the roster; a member sees the class; anyone else gets a 404. */
export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, caller, tz] = await Promise.all([params, currentCaller(), learnerTzOffset()]);
  const user = caller?.user;
  if (!caller || !user || id.length > 40) notFound();
  const now = new Date();
  const taught = await classForTeacher(user.id, id);
  if (taught) {
    const asked = await headers();
    const origin = `${asked.get("x-forwarded-proto") === "https" ? "https" : "http"}://${asked.get("host") ?? "localhost:3000"}`;
    const link = `${origin}/classes/join?code=${taught.joinCode}`;
    return (
      <div className="space-y-10">
        <PageHeader
          eyebrow="Class you teach"
          title={taught.name}
          lead={`${taught.members} student${taught.members === 1 ? "" : "s"}.`}
        />
        <section
          aria-labelledby="code-heading"
          className="max-w-2xl space-y-3 rounded-xl border border-slate-200 p-5 dark:border-slate-800"
        >
          <h2 id="code-heading" className="text-lg font-semibold">
            Join code
          </h2>
          <p className="font-mono text-4xl font-bold tracking-widest" data-testid="join-code">
            {showCode(taught.joinCode)}
          </p>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Students type it on their Classes page, or open{" "}
            <span className="break-all font-mono" data-testid="join-link">
              {link}
            </span>
            . It works until {day(taught.codeExpiresAt)}, or until you replace it (the old one stops at once).
          </p>
          <RotateCodeButton classId={taught.id} />
        </section>
        <section aria-labelledby="assignments-heading" className="space-y-4">
          <h2 id="assignments-heading" className="text-lg font-semibold">
            Assignments
          </h2>
          {(await assignmentsOfClass(taught.id)).map((a) => (
            <p
              key={a.id}
              className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 pb-2 dark:border-slate-900"
            >
              <Link
                className="font-semibold text-sky-700 underline underline-offset-2 dark:text-sky-400"
                href={`/classes/${taught.id}/assignments/${a.id}`}
              >
                {a.title}
              </Link>
              <span className="text-sm text-slate-600 dark:text-slate-400">due {formatLocal(a.dueAt, tz)}</span>
            </p>
          ))}
          <h3 className="pt-2 font-semibold">Set an assignment</h3>
          <AssignmentForm classId={taught.id} defaultDue={toLocalInput(new Date(now.getTime() + 7 * 86_400_000), tz)} />
        </section>
        <section aria-labelledby="roster-heading">
          <h2 id="roster-heading" className="text-lg font-semibold">
            Students
          </h2>
          {taught.roster.length === 0 ? (
            <p className="mt-2 text-slate-600 dark:text-slate-400">Nobody has joined yet: share the code.</p>
          ) : (
            <table className="mt-3 w-full max-w-2xl text-left text-sm" data-testid="roster">
              <thead>
                <tr className="border-b border-slate-200 dark:border-slate-800">
                  <th className="py-2 pr-4 font-semibold">Name</th>
                  <th className="py-2 pr-4 font-semibold">Email</th>
                  <th className="py-2 font-semibold">Joined</th>
                </tr>
              </thead>
              <tbody>
                {taught.roster.map((m) => (
                  <tr key={m.userId} className="border-b border-slate-100 dark:border-slate-900">
                    <td className="py-2 pr-4">{m.name}</td>
                    <td className="py-2 pr-4">{m.email}</td>
                    <td className="py-2">{day(m.joinedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        {allClasses}
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
    <div className="space-y-8">
      <PageHeader eyebrow="Your class" title={joined.name} lead={`Taught by ${joined.teacherName}.`} />
      <section aria-labelledby="assignments-heading" className="max-w-3xl space-y-3">
        <h2 id="assignments-heading" className="text-lg font-semibold">
          Assignments
        </h2>
        {assignments.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">None yet.</p>
        ) : (
          <ul className="space-y-3" data-testid="assignments">
            {assignments.map(({ a, attempts }) => {
              const status = assignmentStatus(a, attempts, now);
              const running = attempts.find((t) => !t.finishedAt && now < attemptDeadline(a, t));
              const done = [...attempts].reverse().find((t) => t.finishedAt);
              const canStart = startRefusal(a, attempts, now) === null;
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
                      {status}
                    </span>
                  </p>
                  <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                    {a.spec.count} questions · due {formatLocal(a.dueAt, tz)}
                    {a.timeLimitS ? ` · ${a.timeLimitS / 60} min once started` : ""} · attempt{" "}
                    {Math.min(attempts.length, a.maxAttempts)} of {a.maxAttempts}
                  </p>
                  <p className="mt-3 flex flex-wrap items-center gap-3">
                    {running ? (
                      <Link
                        className="font-semibold text-sky-700 underline dark:text-sky-400"
                        href={`/quiz/${running.id}`}
                      >
                        Continue
                      </Link>
                    ) : canStart ? (
                      <StartAssignmentButton
                        assignmentId={a.id}
                        label={attempts.length === 0 ? "Start" : "Try again"}
                      />
                    ) : null}
                    {done ? (
                      <Link className="underline underline-offset-2" href={`/quiz/${done.id}/results`}>
                        Your results ({done.correct} / {a.spec.count})
                      </Link>
                    ) : null}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <LeaveClassButton classId={joined.id} />
      {allClasses}
    </div>
  );
}
