import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountForm } from "@/components/account/account-form";
import { PageHeader } from "@/components/ui/page-header";
import { currentCaller } from "@/lib/auth/current-learner";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if ((await currentCaller())?.user) redirect("/me");
  return (
    <div>
      <PageHeader eyebrow="Account" title="Sign in" lead="Sign in to your SynAck account." />
      <AccountForm kind="sign-in" />
    </div>
  );
}
