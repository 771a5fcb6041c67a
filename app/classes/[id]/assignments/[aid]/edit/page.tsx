import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditAssignmentForm } from "@/components/classes/assignment-form";
import { PageHeader } from "@/components/ui/page-header";
import { assignmentOfTeacher } from "@/lib/auth/access";
import { toLocalInput } from "@/lib/classes/rules/local-time";
import { type AssignmentRecord, assignmentFootprint } from "@/lib/db";
import { learnerTzOffset } from "@/lib/http/tz";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("classes");
  return { title: t("editAssignment") };
}

/** The assignment's settings as the form's fields hold them (dates in the teacher's zone). */
function fieldsOf(a: AssignmentRecord, tz: number): Record<string, string> {
  return {
    title: a.title,
    focus: a.spec.focus,
    level: a.spec.level ?? "any",
    count: String(a.spec.count),
    lang: a.spec.lang,
    opens: toLocalInput(a.opensAt, tz),
    due: toLocalInput(a.dueAt, tz),
    minutes: a.timeLimitS === null ? "" : String(Math.round(a.timeLimitS / 60)),
    attempts: String(a.maxAttempts),
    seeds: a.perStudentSeed ? "per-student" : "shared",
    same: a.sameQuestions ? "on" : "",
    reveal: a.reveal,
  };
}

/** Editing an assignment, for the teacher of its class only: all of it before anyone starts, then its times. */
export default async function EditAssignmentPage({ params }: { params: Promise<{ id: string; aid: string }> }) {
  const [{ id, aid }, tz, t] = await Promise.all([params, learnerTzOffset(), getT("classes")]);
  const a = await assignmentOfTeacher(id, aid);
  if (!a) notFound();
  const footprint = await assignmentFootprint(a.id);
  const started = footprint.attempts > 0;
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={a.className} title={t("editTitle", { title: a.title })} lead={t("editLead")} />
      {started ? (
        <p
          id="locked-note"
          className="max-w-2xl rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
          data-testid="locked-note"
        >
          {t("editStartedNote", { students: footprint.students })}
        </p>
      ) : null}
      <ClientMessages namespaces={["classes"]}>
        <EditAssignmentForm
          assignmentId={a.id}
          initial={fieldsOf(a, tz)}
          cancelHref={`/classes/${id}/assignments/${aid}`}
          {...(started ? { lockedBy: "locked-note" } : {})}
        />
      </ClientMessages>
    </div>
  );
}
