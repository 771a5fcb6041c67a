import type { Metadata } from "next";
import Link from "next/link";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui/buttons";
import { PageHeader } from "@/components/ui/page-header";
import { BANK, type InterviewTopic, TOPIC_TITLE } from "@/lib/interview";

export const metadata: Metadata = { title: "Interview prep" };

const TOPICS: InterviewTopic[] = ["handshake", "teardown", "edge-cases", "operations"];
const rfcUrl = (section: string) => `https://www.rfc-editor.org/rfc/rfc9293#section-${section.replace(/^§/, "")}`;

/** The classic questions with answers short enough to say aloud, each with a part that goes deeper. */
export default function InterviewPage() {
  return (
    <div>
      <PageHeader
        eyebrow="Interview prep"
        title="Interview prep"
        lead={`The ${BANK.length} questions interviewers ask about the handshake and the teardown, each with a model answer short enough to say aloud, a part that goes deeper, and its RFC 9293 section. Facts about states and segments come from the same model as the rest of SynAck.`}
      />
      <p className="mb-8 flex flex-wrap gap-3">
        <Link className={PRIMARY_BUTTON} href="/interview/mock">
          Start a mock interview
        </Link>
        <Link className={SECONDARY_BUTTON} href="/interview/cheat-sheet">
          One-page cheat sheet
        </Link>
      </p>
      <div className="max-w-3xl space-y-10">
        {TOPICS.map((topic) => (
          <section key={topic} aria-labelledby={`topic-${topic}`}>
            <h2 id={`topic-${topic}`} className="text-xl font-semibold">
              {TOPIC_TITLE[topic]}
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
                    {q.question.en}
                    <span className="mt-1 block text-sm font-normal text-slate-600 dark:text-slate-400" lang="zh-CN">
                      {q.question.zh}
                    </span>
                  </summary>
                  <div className="mt-3 space-y-3 border-t border-slate-200 pt-3 dark:border-slate-800">
                    <div>
                      <h3 className="text-sm font-semibold uppercase tracking-wide text-sky-700 dark:text-sky-400">
                        Say this
                      </h3>
                      <p className="mt-1" data-testid="answer">
                        {q.answer.en}
                      </p>
                      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" lang="zh-CN">
                        {q.answer.zh}
                      </p>
                    </div>
                    <div>
                      <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-500">Go deeper</h3>
                      <p className="mt-1 text-sm">{q.deeper.en}</p>
                      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" lang="zh-CN">
                        {q.deeper.zh}
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
                            See it animated
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
