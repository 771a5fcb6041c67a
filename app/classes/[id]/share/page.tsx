import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JoinQr } from "@/components/classes/join-code-card";
import { currentCaller } from "@/lib/auth/current-learner";
import { showCode } from "@/lib/classes/rules/join-code";
import { classForTeacher } from "@/lib/db";
import { joinLinkFor } from "@/lib/http/join-link";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("classes");
  return { title: t("showToClass") };
}

/** The join code and its QR code as large as the screen allows, to put on a projector: for the class's teacher. */
export default async function SharePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, caller, t] = await Promise.all([params, currentCaller(), getT("classes")]);
  if (!caller?.user || id.length > 40) notFound();
  const taught = await classForTeacher(caller.user.id, id);
  if (!taught) notFound();
  const link = await joinLinkFor(taught.joinCode);
  return (
    <div className="flex flex-col items-center gap-6 py-4 text-center">
      <h1 className="text-3xl font-bold sm:text-4xl">{t("shareTitle", { name: taught.name })}</h1>
      <JoinQr link={link} label={t("qrLabel", { link })} className="h-[min(70vw,60vh)] w-[min(70vw,60vh)]" />
      <p className="font-mono text-5xl font-bold tracking-widest sm:text-7xl" data-testid="join-code">
        {showCode(taught.joinCode)}
      </p>
      <p className="max-w-2xl text-lg text-slate-700 dark:text-slate-300">
        {t.rich("shareLead", {
          link,
          url: (c) => <code className="break-all font-mono">{c}</code>,
        })}
      </p>
      <p className="text-sm">
        <Link className="underline underline-offset-2" href={`/classes/${taught.id}`}>
          {t("backToClass")}
        </Link>
      </p>
    </div>
  );
}
