import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ScenarioPicker } from "@/components/animation/scenario-picker";
import { ScenarioPlayer } from "@/components/animation/scenario-player";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { framesOf, stepFromQuery } from "@/lib/animation";
import { textLang } from "@/lib/i18n/locales";
import { ClientMessages } from "@/lib/i18n/provider";
import { getGlobalT, getT } from "@/lib/i18n/server";
import { LEVEL_TEXT } from "@/lib/quiz/focus";
import { play, SCENARIOS, scenarioById, startOf, traceRows } from "@/lib/tcp";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ step?: string | string[] }> };

export function generateStaticParams() {
  return SCENARIOS.map((s) => ({ id: s.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [scenario, t] = await Promise.all([params.then((p) => scenarioById(p.id)), getT("learn")]);
  return { title: scenario ? scenario.title[textLang(t.locale)] : t("noSuchScenario") };
}

/** A scenario animated: `?step=N` opens it after step N, so quiz feedback can link to the moment it asks about. */
export default async function ScenarioPage({ params, searchParams }: Props) {
  const [{ id }, query, t, tc, gt] = await Promise.all([
    params,
    searchParams,
    getT("learn"),
    getT("common"),
    getGlobalT(),
  ]);
  const scenario = scenarioById(id);
  if (!scenario) notFound();
  const lang = textLang(t.locale);
  const trace = play(scenario);
  const rows = traceRows(trace);
  const asked = stepFromQuery(Array.isArray(query.step) ? query.step[0] : query.step, rows.length);

  return (
    <div>
      <PageHeader
        eyebrow={t("scenarioEyebrow", { level: tc(LEVEL_TEXT[trace.level]) })}
        title={trace.title[lang]}
        lead={trace.summary[lang]}
      />
      {asked.problem ? <Notice>{gt.msg(asked.problem)}</Notice> : null}
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
        {t("isnNote", { client: String(trace.isn.client), server: String(trace.isn.server) })}
      </p>
      <ClientMessages namespaces={["learn"]}>
        <ScenarioPlayer
          key={`${id}:${asked.step}`}
          title={trace.title[lang]}
          initial={trace.initial}
          rows={rows}
          frames={framesOf(startOf(scenario).endpoints, trace.steps)}
          startAt={asked.step}
        />
      </ClientMessages>
      <nav aria-labelledby="other-scenarios" className="mt-12">
        <h2 id="other-scenarios" className="text-xl font-semibold">
          {t("scenarios")}
        </h2>
        <ScenarioPicker current={id} />
        <p className="mt-4 text-sm">
          <Link className="underline underline-offset-2" href="/learn/sandbox">
            {t("driveConnection")}
          </Link>{" "}
          ·{" "}
          <Link className="underline underline-offset-2" href="/learn#states-heading">
            {t("elevenStates")}
          </Link>
        </p>
      </nav>
    </div>
  );
}
