import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountForm } from "@/components/account/account-form";
import { PageHeader } from "@/components/ui/page-header";
import { currentCaller } from "@/lib/auth/current-learner";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if ((await currentCaller())?.user) redirect("/me");
  return (
    <div>
      <PageHeader
        eyebrow="Account"
        title="Create an account"
        lead="Keep your progress across devices and join a teacher's class. Everything you practised as a guest in this browser moves into the account."
      />
      <AccountForm kind="sign-up" />
    </div>
  );
}
