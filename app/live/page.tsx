import type { Metadata } from "next";
import Link from "next/link";
import { HostForm } from "@/components/live/host-form";
import { JoinForm } from "@/components/live/join-form";
import { PageHeader } from "@/components/ui/page-header";
import { currentCaller } from "@/lib/auth/current-learner";
import { textLang } from "@/lib/i18n/locales";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";
import { predictMoments } from "@/lib/live";
import { SCENARIOS } from "@/lib/tcp";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("live");
  return { title: t("title") };
}

/** Hosting a live class (signed in) and joining one with a code (anyone). */
export default async function LivePage() {
  const [caller, t] = await Promise.all([currentCaller(), getT("live")]);
  const lang = textLang(t.locale);
  // Only scenarios with a step a class can be asked to predict.
  const scenarios = SCENARIOS.filter((s) => predictMoments(s.id).length > 0).map((s) => ({
    id: s.id,
    title: s.title[lang],
  }));
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} />
      <ClientMessages namespaces={["live", "common"]}>
        <div className="grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <section aria-labelledby="host-heading" className="space-y-4">
            <h2 id="host-heading" className="text-xl font-semibold">
              {t("hostHeading")}
            </h2>
            {caller?.user ? (
              <HostForm scenarios={scenarios} />
            ) : (
              <p>
                {t.rich("hostSignIn", {
                  link: (c) => (
                    <Link className="underline underline-offset-2" href="/sign-in?next=/live">
                      {c}
                    </Link>
                  ),
                })}
              </p>
            )}
          </section>
          <section aria-labelledby="join-heading" className="space-y-4">
            <h2 id="join-heading" className="text-xl font-semibold">
              {t("joinHeading")}
            </h2>
            <p className="text-slate-600 dark:text-slate-400">{t("joinLead")}</p>
            <JoinForm name={caller?.user?.name} />
          </section>
        </div>
      </ClientMessages>
    </div>
  );
}
