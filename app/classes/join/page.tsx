import type { Metadata } from "next";
import { AccountLinks } from "@/components/account/account-links";
import { JoinClassForm } from "@/components/classes/class-forms";
import { PageHeader } from "@/components/ui/page-header";
import { currentCaller } from "@/lib/auth/current-learner";

export const metadata: Metadata = { title: "Join a class" };

/** The join link a teacher shares: the code filled in, one press to join (after signing in if need be). */
export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const [query, caller] = await Promise.all([searchParams, currentCaller()]);
  const code = typeof query.code === "string" ? query.code.slice(0, 20) : "";
  return (
    <div>
      <PageHeader eyebrow="Classes" title="Join a class" />
      {caller?.user ? (
        <JoinClassForm code={code} />
      ) : (
        <div className="space-y-3">
          <p className="max-w-2xl text-slate-700 dark:text-slate-300">
            Joining a class needs an account, so your teacher sees your work under your name. Create one (your guest
            practice comes with you) or sign in, then open this link again.
          </p>
          <AccountLinks />
        </div>
      )}
    </div>
  );
}
