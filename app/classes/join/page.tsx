import type { Metadata } from "next";
import { AccountLinks } from "@/components/account/account-links";
import { JoinClassForm } from "@/components/classes/class-forms";
import { PageHeader } from "@/components/ui/page-header";
import { currentCaller } from "@/lib/auth/current-learner";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("classes");
  return { title: t("joinHeading") };
}

/** The join link a teacher shares: the code filled in, one press to join (after signing in if need be). */
export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const [query, caller, t] = await Promise.all([searchParams, currentCaller(), getT("classes")]);
  const code = typeof query.code === "string" ? query.code.slice(0, 20) : "";
  return (
    <div>
      <PageHeader eyebrow={t("title")} title={t("joinHeading")} />
      {caller?.user ? (
        <ClientMessages namespaces={["classes"]}>
          <JoinClassForm code={code} />
        </ClientMessages>
      ) : (
        <div className="space-y-3">
          <p className="max-w-2xl text-slate-700 dark:text-slate-300">{t("joinNeedsAccount")}</p>
          <AccountLinks next={code ? `/classes/join?code=${encodeURIComponent(code)}` : "/classes/join"} />
        </div>
      )}
    </div>
  );
}
