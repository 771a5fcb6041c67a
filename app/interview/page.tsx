import type { Metadata } from "next";
import Link from "next/link";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui/buttons";
import { PageHeader } from "@/components/ui/page-header";
import { textLang } from "@/lib/i18n/locales";
import { getGlobalT, getT } from "@/lib/i18n/server";
import { BANK, INTERVIEW_TOPICS, TOPIC_TITLE } from "@/lib/interview";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("interview");
  return { title: t("title") };
}

const rfcUrl = (section: string) => `https://www.rfc-editor.org/rfc/rfc9293#section-${section.replace(/^§/, "")}`;

/**
 * The classic questions with answers short enough to say aloud, each with a part that goes deeper: in the learner's
 * language first, and the other language beside it (Chinese candidates practise the English answers too).
 */
export default async function InterviewPage() {
  const [t, gt] = await Promise.all([getT("interview"), getGlobalT()]);
  const lang = textLang(t.locale);
  const other = lang === "en" ? "zh" : "en";
  const otherLang = other === "en" ? "en" : "zh-CN";
  return (
    <div>
      <PageHeader eyebrow={t("title")} title={t("title")} lead={t("lead", { n: BANK.length })} />
      <p className="mb-8 flex flex-wrap gap-3">
        <Link className={PRIMARY_BUTTON} href="/interview/mock">
          {t("startMock")}
        </Link>
        <Link className={SECONDARY_BUTTON} href="/interview/cheat-sheet">
          {t("cheatSheetLink")}
        </Link>
        <Link className={SECONDARY_BUTTON} href="/learn/copied-answer">
          {t("copiedAnswerLink")}
        </Link>
      </p>
      <div className="max-w-3xl space-y-10">
        {INTERVIEW_TOPICS.map((topic) => (
          <section key={topic} aria-labelledby={`topic-${topic}`}>
            <h2 id={`topic-${topic}`} className="text-xl font-semibold">
              {gt(TOPIC_TITLE[topic])}
            </h2>
            <div className="mt-3 space-y-2" data-testid={`questions-${topic}`}>
              {BANK.filter((q) => q.topic === topic).map((q) => (
                <details
                  key={q.id}
                  id={q.id}
                  className="group rounded-xl border border-slate-200 p-4 open:border-sky-600/50 dark:border-slate-800"
                >
                  <summary className="cursor-pointer list-none font-semibold [&::-webkit-details-marker]:hidden">
                    <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
                      ›
                    </span>
                    {q.question[lang]}
                    <span
                      className="mt-1 block text-sm font-normal text-slate-600 dark:text-slate-400"
                      lang={otherLang}
                    >
                      {q.question[other]}
                    </span>
                  </summary>
                  <div className="mt-3 space-y-3 border-t border-slate-200 pt-3 dark:border-slate-800">
                    <div>
                      <h3 className="text-sm font-semibold uppercase tracking-wide text-sky-700 dark:text-sky-400">
                        {t("sayThis")}
                      </h3>
                      <p className="mt-1" data-testid="answer">
                        {q.answer[lang]}
                      </p>
                      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" lang={otherLang}>
                        {q.answer[other]}
                      </p>
                    </div>
                    <div>
                      <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
                        {t("goDeeper")}
                      </h3>
                      <p className="mt-1 text-sm">{q.deeper[lang]}</p>
                      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" lang={otherLang}>
                        {q.deeper[other]}
                      </p>
                    </div>
                    <p className="text-sm">
                      <a className="underline underline-offset-2" href={rfcUrl(q.rfc)}>
                        RFC 9293 {q.rfc}
                      </a>
                      {q.link ? (
                        <>
                          {" · "}
                          <Link className="text-sky-700 underline underline-offset-2 dark:text-sky-400" href={q.link}>
                            {t("seeAnimated")}
                          </Link>
                        </>
                      ) : null}
                    </p>
                  </div>
                </details>
              ))}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
