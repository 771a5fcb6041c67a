import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountForm } from "@/components/account/account-form";
import { PageHeader } from "@/components/ui/page-header";
import { accountsOrigin } from "@/lib/auth/auth";
import { currentCaller } from "@/lib/auth/current-learner";
import { safeNext } from "@/lib/auth/forms";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("account");
  return { title: t("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeNext((await searchParams).next);
  if ((await currentCaller())?.user) redirect(next ?? "/me");
  const t = await getT("account");
  return (
    <div>
      <PageHeader eyebrow={t("eyebrow")} title={t("signInTitle")} lead={t("signInLead")} />
      <ClientMessages namespaces={["account"]}>
        <AccountForm kind="sign-in" next={next} accountsAt={accountsOrigin()} />
      </ClientMessages>
    </div>
  );
}
