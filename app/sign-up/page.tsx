import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountForm } from "@/components/account/account-form";
import { PageHeader } from "@/components/ui/page-header";
import { accountsOrigin } from "@/lib/auth/auth";
import { currentCaller } from "@/lib/auth/current-learner";
import { safeNext } from "@/lib/auth/forms";
import { commonPasswords } from "@/lib/auth/passwords";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("account");
  return { title: t("signUpTitle") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  // Loaded while the person types, not when they press "Create account" (lib/auth/passwords.ts).
  void commonPasswords();
  const next = safeNext((await searchParams).next);
  if ((await currentCaller())?.user) redirect(next ?? "/me");
  const t = await getT("account");
  return (
    <div>
      <PageHeader eyebrow={t("eyebrow")} title={t("signUpTitle")} lead={t("signUpLead")} />
      <ClientMessages namespaces={["account"]}>
        <AccountForm kind="sign-up" next={next} accountsAt={accountsOrigin()} />
      </ClientMessages>
    </div>
  );
}
