import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LeaveClassButton, RotateCodeButton } from "@/components/classes/class-forms";
import { PageHeader } from "@/components/ui/page-header";
import { currentCaller } from "@/lib/auth/current-learner";
import { showCode } from "@/lib/classes/join-code";
import { classForMember, classForTeacher } from "@/lib/db";

export const metadata: Metadata = { title: "Class" };

const day = (d: Date) =>
  d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A class: its teacher sees the code and the roster; a member sees the class; anyone else gets a 404. */
export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, caller] = await Promise.all([params, currentCaller()]);
  const user = caller?.user;
  if (!user || id.length > 40) notFound();
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
        <p className="text-sm">
          <Link className="underline underline-offset-2" href="/classes">
            All classes
          </Link>
        </p>
      </div>
    );
  }
  const joined = await classForMember(user.id, id);
  if (!joined) notFound();
  return (
    <div className="space-y-8">
      <PageHeader eyebrow="Your class" title={joined.name} lead={`Taught by ${joined.teacherName}.`} />
      <LeaveClassButton classId={joined.id} />
      <p className="text-sm">
        <Link className="underline underline-offset-2" href="/classes">
          All classes
        </Link>
      </p>
    </div>
  );
}
