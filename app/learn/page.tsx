import type { Metadata } from "next";
import Link from "next/link";
import { ScenarioPicker } from "@/components/animation/scenario-picker";
import { PageHeader } from "@/components/ui/page-header";
import { transitionLink } from "@/lib/quiz";
import { STATE_INFO, STATE_NAMES, STATES, transitionsFrom } from "@/lib/tcp";

export const metadata: Metadata = { title: "Learn" };

export default function LearnPage() {
  return (
    <div>
      <PageHeader
        eyebrow="Learn"
        title="Learn the handshake, the teardown and every state"
        lead="Each scenario played by the model and animated step by step: the segments on the wire with their seq/ack numbers, both sides' states, and the arc each step takes in RFC 9293's state diagram."
      />
      <section aria-labelledby="scenarios-heading" className="max-w-4xl">
        <h2 id="scenarios-heading" className="text-xl font-semibold">
          Scenarios
        </h2>
        <ScenarioPicker />
        <p className="mt-4">
          <Link
            href="/learn/sandbox"
            className="font-semibold text-sky-700 underline underline-offset-2 dark:text-sky-400"
          >
            Drive it yourself
          </Link>{" "}
          <span className="text-slate-600 dark:text-slate-400">
            : choose what each side does next and see what RFC 9293 says happens.
          </span>
        </p>
      </section>

      <section aria-labelledby="states-heading" className="mt-12 max-w-4xl">
        <h2 id="states-heading" className="text-xl font-semibold">
          The eleven states
        </h2>
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          RFC 9293 §3.3.2 names them. Each lists the names tools print and every way out of it.
        </p>
        <div className="mt-4 space-y-4">
          {STATES.map((state) => (
            <article
              key={state}
              id={state}
              className="scroll-mt-24 rounded-xl border border-slate-200 p-4 target:border-sky-600 target:ring-2 target:ring-sky-600/40 dark:border-slate-800"
            >
              <h3 className="text-lg font-semibold">
                {state} <span className="text-base font-normal text-slate-500">{STATE_INFO[state].zhName}</span>
              </h3>
              <p className="mt-1 text-slate-700 dark:text-slate-300">{STATE_INFO[state].meaning.en}</p>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{STATE_INFO[state].who.en}</p>
              <p className="mt-2 text-sm">
                <span className="text-slate-600 dark:text-slate-400">Printed as </span>
                <code className="font-mono">{STATE_NAMES[state].ss}</code> (ss),{" "}
                <code className="font-mono">{STATE_NAMES[state].netstat}</code> (netstat),{" "}
                <code className="font-mono">{STATE_NAMES[state].linux}</code> (Linux)
              </p>
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-medium text-sky-800 dark:text-sky-300">
                  Ways out of {state} ({transitionsFrom(state).length})
                </summary>
                <ul className="mt-2 space-y-1 text-sm">
                  {transitionsFrom(state).map((t) => {
                    const link = transitionLink(t);
                    return (
                      <li key={`${t.event}|${t.opened ?? ""}`} className="font-mono">
                        {t.event}
                        {t.opened ? ` (reached by ${t.opened} open)` : ""} → {t.to}
                        {t.send !== "none" ? `, sends ${t.send}` : ""}{" "}
                        <span className="font-sans text-slate-500">{t.source}</span>
                        {link.startsWith("/learn/") ? (
                          <>
                            {" "}
                            <Link className="font-sans text-sky-800 underline dark:text-sky-300" href={link}>
                              see the step
                            </Link>
                          </>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </details>
            </article>
          ))}
        </div>
      </section>
    </div>
  );
}
