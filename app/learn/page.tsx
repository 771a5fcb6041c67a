import type { Metadata } from "next";
import Link from "next/link";
import { ScenarioPicker } from "@/components/animation/scenario-picker";
import { PageHeader } from "@/components/ui/page-header";
import { transitionLink } from "@/lib/animation/links";
import { textLang } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { eventGloss, STATE_INFO, STATE_NAMES, STATES, transitionsFrom } from "@/lib/tcp";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("learn");
  return { title: t("title") };
}

/** A link inside a sentence of the catalogue (`<link>…</link>`). */
const inlineLink = (href: string) => (children: React.ReactNode) => (
  <Link href={href} className="font-semibold text-sky-700 underline underline-offset-2 dark:text-sky-400">
    {children}
  </Link>
);

export default async function LearnPage() {
  const t = await getT("learn");
  const lang = textLang(t.locale);
  return (
    <div>
      <PageHeader eyebrow={t("title")} title={t("indexTitle")} lead={t("indexLead")} />
      <section aria-labelledby="scenarios-heading" className="max-w-4xl">
        <h2 id="scenarios-heading" className="text-xl font-semibold">
          {t("scenarios")}
        </h2>
        <ScenarioPicker />
        <p className="mt-4 text-slate-600 dark:text-slate-400">
          {t.rich("driveYourself", {
            link: inlineLink("/learn/sandbox"),
          })}
        </p>
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          {t.rich("copiedLink", {
            link: inlineLink("/learn/copied-answer"),
          })}
        </p>
      </section>

      <section aria-labelledby="states-heading" className="mt-12 max-w-4xl">
        <h2 id="states-heading" className="text-xl font-semibold">
          {t("elevenStates")}
        </h2>
        <p className="mt-2 text-slate-600 dark:text-slate-400">{t("elevenStatesLead")}</p>
        <div className="mt-4 space-y-4">
          {STATES.map((state) => (
            <article
              key={state}
              id={state}
              className="scroll-mt-24 rounded-xl border border-slate-200 p-4 target:border-sky-600 target:ring-2 target:ring-sky-600/40 dark:border-slate-800"
            >
              <h3 className="text-lg font-semibold">
                {state}{" "}
                <span className="text-base font-normal text-slate-500 dark:text-slate-400" lang="zh-CN">
                  {STATE_INFO[state].zhName}
                </span>
              </h3>
              <p className="mt-1 text-slate-700 dark:text-slate-300">{STATE_INFO[state].meaning[lang]}</p>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{STATE_INFO[state].who[lang]}</p>
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
                {t.rich("printedAs", {
                  ss: STATE_NAMES[state].ss,
                  netstat: STATE_NAMES[state].netstat,
                  linux: STATE_NAMES[state].linux,
                  code: (c) => <code className="font-mono text-slate-950 dark:text-slate-50">{c}</code>,
                })}
              </p>
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-medium text-sky-800 dark:text-sky-300">
                  {t("waysOut", { state, n: transitionsFrom(state).length })}
                </summary>
                <ul className="mt-2 space-y-1 text-sm">
                  {transitionsFrom(state).map((tr) => {
                    const link = transitionLink(tr);
                    return (
                      <li key={`${tr.event}|${tr.opened ?? ""}`} className="font-mono">
                        {t.rich("wayOut", {
                          event: tr.event,
                          opened: tr.opened ?? "none",
                          to: tr.to,
                          send: tr.send,
                        })}
                        {lang === "zh" ? (
                          <span className="font-sans">{t("eventGloss", { gloss: eventGloss(tr.event, lang) })}</span>
                        ) : null}{" "}
                        <span className="font-sans text-slate-500 dark:text-slate-400">{tr.source}</span>
                        {link.startsWith("/learn/") ? (
                          <>
                            {" "}
                            <Link className="font-sans text-sky-800 underline dark:text-sky-300" href={link}>
                              {t("seeStep")}
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
