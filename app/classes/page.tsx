import type { Metadata } from "next";
import Link from "next/link";
import { AccountLinks } from "@/components/account/account-links";
import { BecomeTeacherButton, CreateClassForm, JoinClassForm } from "@/components/classes/class-forms";
import { PageHeader } from "@/components/ui/page-header";
import { currentCaller } from "@/lib/auth/current-learner";
import { type ClassSummary, classesJoined, classesTaught } from "@/lib/db";

export const metadata: Metadata = { title: "Classes" };

function ClassList({ classes, empty, testId }: { classes: ClassSummary[]; empty: string; testId: string }) {
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
              {c.teacherName} · {c.members} student{c.members === 1 ? "" : "s"}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export default async function ClassesPage() {
  const caller = await currentCaller();
  const user = caller?.user ?? null;
  if (!user) {
    return (
      <div>
        <PageHeader
          eyebrow="Classes"
          title="Classes"
          lead="Teachers create a class and share its join code; students join with it. Both need an account, so that a teacher sees the right student."
        />
        <AccountLinks />
      </div>
    );
  }
  const [joined, taught] = await Promise.all([
    classesJoined(user.id),
    user.role === "teacher" ? classesTaught(user.id) : Promise.resolve([]),
  ]);
  return (
    <div className="space-y-12">
      <PageHeader
        eyebrow="Classes"
        title="Classes"
        lead={
          user.role === "teacher"
            ? "Your classes and their join codes. Create one, then share its code with your students."
            : "The classes you are in. Join one with the code your teacher gives you."
        }
      />
      {user.role === "teacher" ? (
        <section aria-labelledby="teaching-heading" className="space-y-4">
          <h2 id="teaching-heading" className="text-xl font-semibold">
            Classes you teach
          </h2>
          <ClassList classes={taught} empty="None yet: create your first class below." testId="taught" />
          <h3 className="pt-2 font-semibold">Create a class</h3>
          <CreateClassForm />
        </section>
      ) : null}
      <section aria-labelledby="joined-heading" className="space-y-4">
        <h2 id="joined-heading" className="text-xl font-semibold">
          Classes you are in
        </h2>
        <ClassList classes={joined} empty="None yet." testId="joined" />
        <h3 className="pt-2 font-semibold">Join a class</h3>
        <JoinClassForm />
      </section>
      {user.role !== "teacher" ? (
        <section aria-labelledby="teach-heading" className="space-y-3">
          <h2 id="teach-heading" className="text-xl font-semibold">
            Do you teach?
          </h2>
          <p className="max-w-2xl text-slate-600 dark:text-slate-400">
            Any account can become a teacher and create classes; you keep practising as before.
          </p>
          <BecomeTeacherButton />
        </section>
      ) : null}
    </div>
  );
}
