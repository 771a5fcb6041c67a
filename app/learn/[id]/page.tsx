import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StepFigure } from "@/components/scenario/step-figure";
import { PageHeader } from "@/components/ui/page-header";
import { traceRows } from "@/lib/quiz";
import { play, SCENARIOS, scenarioById } from "@/lib/tcp";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ step?: string }> };

export function generateStaticParams() {
  return SCENARIOS.map((s) => ({ id: s.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const scenario = scenarioById((await params).id);
  return { title: scenario ? scenario.title.en : "No such scenario" };
}

/** A scenario step by step: `?step=N` shows the first N steps drawn and narrates step N. */
export default async function ScenarioPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const scenario = scenarioById(id);
  if (!scenario) notFound();
  const trace = play(scenario);
  const rows = traceRows(trace);
  const asked = Number(query.step);
  const step = Number.isInteger(asked) && asked >= 1 && asked <= rows.length ? asked : 1;
  const current = trace.steps[step - 1];
  const at = (n: number) => `/learn/${id}?step=${n}`;
  const button =
    "rounded-lg border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900";
  const off = "rounded-lg border border-slate-200 px-4 py-2 font-medium text-slate-400 dark:border-slate-800";

  return (
    <div>
      <PageHeader eyebrow={`Learn · ${trace.level}`} title={trace.title.en} lead={trace.summary.en} />
      {query.step !== undefined && step !== asked ? (
        <p
          role="status"
          className="mb-4 max-w-3xl rounded-lg bg-amber-50 p-3 text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          This scenario has steps 1 to {rows.length}; showing step 1.
        </p>
      ) : null}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,28rem)_minmax(0,1fr)]">
        <div>
          <StepFigure
            figure={{
              kind: "steps",
              scenario: id,
              title: trace.title.en,
              initial: trace.initial,
              rows: rows.slice(0, step),
              highlight: step,
            }}
            caption={`Client ISN ${trace.isn.client}, server ISN ${trace.isn.server}.`}
          />
          <nav aria-label="Steps" className="mt-4 flex flex-wrap gap-2">
            {step > 1 ? (
              <Link className={button} href={at(step - 1)} rel="prev">
                ← Step {step - 1}
              </Link>
            ) : (
              <span className={off}>← Back</span>
            )}
            {step < rows.length ? (
              <Link className={button} href={at(step + 1)} rel="next">
                Step {step + 1} →
              </Link>
            ) : (
              <Link className={button} href={at(1)}>
                Start again
              </Link>
            )}
          </nav>
        </div>
        <div>
          <section
            aria-labelledby="now"
            className="rounded-xl border border-sky-600/40 bg-sky-50/60 p-4 dark:bg-sky-950/40"
          >
            <h2 id="now" className="text-lg font-semibold">
              Step {step} of {rows.length}
            </h2>
            <p className="mt-2" data-testid="narration">
              {current?.explain.en}
            </p>
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" lang="zh-CN">
              {current?.explain.zh}
            </p>
            <p className="mt-2 text-sm">
              Client <strong>{current?.states.client}</strong> · server <strong>{current?.states.server}</strong> · RFC
              9293 {current?.transition.source}
            </p>
          </section>
          <ol className="mt-6 space-y-1 text-sm" aria-label="All steps">
            {rows.map((row) => (
              <li key={row.step}>
                <Link
                  href={at(row.step)}
                  aria-current={row.step === step ? "step" : undefined}
                  className="block rounded-md px-2 py-1 hover:bg-slate-100 aria-[current=step]:bg-sky-100 aria-[current=step]:font-semibold dark:hover:bg-slate-900 dark:aria-[current=step]:bg-sky-950"
                >
                  {row.step}. {row.actor}: {row.label}
                  {row.sent ? ` → ${row.sent}${row.lost ? " (lost)" : ""}` : ""}
                </Link>
              </li>
            ))}
          </ol>
        </div>
      </div>
      <p className="mt-10 text-sm text-slate-600 dark:text-slate-400">
        <Link className="underline underline-offset-2" href="/learn">
          All scenarios and states
        </Link>
      </p>
    </div>
  );
}
