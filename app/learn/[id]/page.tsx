import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ScenarioPicker } from "@/components/animation/scenario-picker";
import { ScenarioPlayer } from "@/components/animation/scenario-player";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { framesOf, stepFromQuery } from "@/lib/animation";
import { traceRows } from "@/lib/quiz";
import { play, SCENARIOS, scenarioById } from "@/lib/tcp";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ step?: string | string[] }> };

export function generateStaticParams() {
  return SCENARIOS.map((s) => ({ id: s.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const scenario = scenarioById((await params).id);
  return { title: scenario ? scenario.title.en : "No such scenario" };
}

/** A scenario animated: `?step=N` opens it after step N, so quiz feedback can link to the moment it asks about. */
export default async function ScenarioPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const scenario = scenarioById(id);
  if (!scenario) notFound();
  const trace = play(scenario);
  const rows = traceRows(trace);
  const asked = stepFromQuery(Array.isArray(query.step) ? query.step[0] : query.step, rows.length);

  return (
    <div>
      <PageHeader eyebrow={`Learn · ${trace.level}`} title={trace.title.en} lead={trace.summary.en} />
      {asked.problem ? <Notice>{asked.problem}</Notice> : null}
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
        Client ISN {trace.isn.client}, server ISN {trace.isn.server}. Every number is computed by the model from RFC
        9293, not drawn by hand.
      </p>
      <ScenarioPlayer
        key={`${id}:${asked.step}`}
        title={trace.title.en}
        initial={trace.initial}
        rows={rows}
        frames={framesOf(trace.initial, trace.steps)}
        startAt={asked.step}
      />
      <nav aria-labelledby="other-scenarios" className="mt-12">
        <h2 id="other-scenarios" className="text-xl font-semibold">
          Scenarios
        </h2>
        <ScenarioPicker current={id} />
        <p className="mt-4 text-sm">
          <Link className="underline underline-offset-2" href="/learn/sandbox">
            Drive a connection yourself
          </Link>{" "}
          ·{" "}
          <Link className="underline underline-offset-2" href="/learn#states-heading">
            The eleven states
          </Link>
        </p>
      </nav>
    </div>
  );
}
