import type { Metadata } from "next";
import Link from "next/link";
import { AccountLinks } from "@/components/account/account-links";
import { BecomeTeacherButton, CreateClassForm, JoinClassForm } from "@/components/classes/class-forms";
import { PageHeader } from "@/components/ui/page-header";
import { currentCaller } from "@/lib/auth/current-learner";
import { type ClassSummary, classesJoined, classesTaught } from "@/lib/db";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/translate";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("classes");
  return { title: t("title") };
}

function ClassList({
  classes,
  empty,
  testId,
  t,
}: {
  classes: ClassSummary[];
  empty: string;
  testId: string;
  t: Translator<"classes">;
}) {
  if (classes.length === 0) return <p className="text-slate-600 dark:text-slate-400">{empty}</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2" data-testid={testId}>
      {classes.map((c) => (
        <li key={c.id}>
          <Link
            href={`/classes/${c.id}`}
            className="block rounded-xl border border-slate-200 p-4 hover:border-slate-400 hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-900"
          >
            <span className="font-semibold">{c.name}</span>
            <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">
              {t("classCard", { teacher: c.teacherName, n: c.members })}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export default async function ClassesPage() {
  const [caller, t] = await Promise.all([currentCaller(), getT("classes")]);
  const user = caller?.user ?? null;
  if (!user) {
    return (
      <div>
        <PageHeader eyebrow={t("title")} title={t("title")} lead={t("leadGuest")} />
        <AccountLinks />
      </div>
    );
  }
  const [joined, taught] = await Promise.all([
    classesJoined(user.id),
    user.role === "teacher" ? classesTaught(user.id) : Promise.resolve([]),
  ]);
  return (
    <ClientMessages namespaces={["classes"]}>
      <div className="space-y-12">
        <PageHeader
          eyebrow={t("title")}
          title={t("title")}
          lead={user.role === "teacher" ? t("leadTeacher") : t("leadStudent")}
        />
        {user.role === "teacher" ? (
          <section aria-labelledby="teaching-heading" className="space-y-4">
            <h2 id="teaching-heading" className="text-xl font-semibold">
              {t("teachingHeading")}
            </h2>
            <ClassList classes={taught} empty={t("taughtEmpty")} testId="taught" t={t} />
            <h3 className="pt-2 font-semibold">{t("createHeading")}</h3>
            <CreateClassForm />
          </section>
        ) : null}
        <section aria-labelledby="joined-heading" className="space-y-4">
          <h2 id="joined-heading" className="text-xl font-semibold">
            {t("joinedHeading")}
          </h2>
          <ClassList classes={joined} empty={t("noneYet")} testId="joined" t={t} />
          <h3 className="pt-2 font-semibold">{t("joinHeading")}</h3>
          <JoinClassForm />
        </section>
        {user.role !== "teacher" ? (
          <section aria-labelledby="teach-heading" className="space-y-3">
            <h2 id="teach-heading" className="text-xl font-semibold">
              {t("teachHeading")}
            </h2>
            <p className="max-w-2xl text-slate-600 dark:text-slate-400">{t("teachLead")}</p>
            <BecomeTeacherButton />
          </section>
        ) : null}
      </div>
    </ClientMessages>
  );
}
