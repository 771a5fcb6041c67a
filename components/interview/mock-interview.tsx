"use client";
import Link from "next/link";
import { useEffect, useReducer, useRef, useState } from "react";
import { markWeak } from "@/app/interview/actions";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui/buttons";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useT } from "@/lib/i18n/client";
import { textLang } from "@/lib/i18n/locales";
import type { KeyIn } from "@/lib/i18n/translate";
import type { InterviewQuestion } from "@/lib/interview";
import { checkAnswer, type Mark } from "@/lib/interview/check";
import { mockDone, mockReducer, mockTally, type SelfRating, startMock, THINK_SECONDS } from "@/lib/interview/mock";

const RATINGS: { rating: SelfRating; label: KeyIn<"interview"> }[] = [
  { rating: "nailed", label: "rateNailed" },
  { rating: "partly", label: "ratePartly" },
  { rating: "weak", label: "rateWeak" },
];

/**
 * One question at a time, two minutes to think (or write), then the model answer and an honest self-rating. The
 * question and answer come in the learner's language first, with the other language under them.
 */
export function MockInterview({ questions }: { questions: InterviewQuestion[] }) {
  const t = useT("interview");
  const lang = textLang(t.locale);
  const other = lang === "en" ? "zh" : "en";
  const otherLang = other === "en" ? "en" : "zh-CN";
  const [state, send] = useReducer(
    mockReducer,
    questions.map((q) => q.id),
    startMock,
  );
  const [left, setLeft] = useState(THINK_SECONDS);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [written, setWritten] = useState("");
  const hydrated = useHydrated();
  const heading = useRef<HTMLHeadingElement>(null);
  const answer = useRef<HTMLDivElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const q = questions[state.index];
  const done = mockDone(state);

  // The button pressed goes away with each of these, so focus follows what replaced it (else it drops to the page):
  // the model answer once revealed, the tally once the last answer is rated.
  useEffect(() => {
    if (state.revealed) answer.current?.focus();
  }, [state.revealed]);
  useEffect(() => {
    if (done) doneHeading.current?.focus();
  }, [done]);

  // A new question: the clock starts again and focus goes to the question.
  useEffect(() => {
    if (!q) return;
    setLeft(THINK_SECONDS);
    setWritten("");
    heading.current?.focus();
    const started = Date.now();
    const id = setInterval(() => setLeft(Math.max(0, THINK_SECONDS - Math.round((Date.now() - started) / 1000))), 1000);
    return () => clearInterval(id);
  }, [q]);

  async function rate(rating: SelfRating) {
    if (!q) return;
    send({ type: "rate", rating });
    if (rating !== "weak") return;
    const result = await markWeak(q.id).catch(() => ({ error: t("unreachable") }));
    setSaveError(result.error);
  }

  if (done) {
    const tally = mockTally(state);
    return (
      <section aria-labelledby="done-heading" className="max-w-3xl space-y-4" data-testid="mock-done">
        <h2 ref={doneHeading} tabIndex={-1} id="done-heading" className="text-xl font-semibold focus:outline-none">
          {t("over")}
        </h2>
        <p>
          {t("tally", tally)} {tally.weak > 0 ? t("weakAdded") : ""}
        </p>
        {saveError ? <p role="alert">{saveError}</p> : null}
        <p className="flex flex-wrap gap-3">
          <button type="button" className={PRIMARY_BUTTON} onClick={() => send({ type: "restart" })}>
            {t("again")}
          </button>
          <Link className={SECONDARY_BUTTON} href="/flashcards/interview">
            {t("reviewCards")}
          </Link>
        </p>
      </section>
    );
  }
  if (!q) return null;
  const clock = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`;
  return (
    <section className="max-w-3xl space-y-4" data-testid="mock" data-hydrated={hydrated}>
      <p className="flex justify-between text-sm text-slate-600 dark:text-slate-400">
        <span>{t("questionOf", { n: state.index + 1, total: questions.length })}</span>
        <span>{left > 0 ? t.rich("think", { clock, timer: (c) => <span role="timer">{c}</span> }) : t("timeUp")}</span>
      </p>
      <h2 ref={heading} tabIndex={-1} className="text-2xl font-semibold focus:outline-none" data-testid="mock-question">
        {q.question[lang]}
      </h2>
      <p className="text-slate-600 dark:text-slate-400" lang={otherLang}>
        {q.question[other]}
      </p>
      <label className="block text-sm font-medium">
        {t("yourAnswer")}
        <textarea
          key={q.id}
          rows={4}
          value={written}
          onChange={(e) => setWritten(e.target.value)}
          readOnly={state.revealed}
          className="mt-1 w-full rounded-lg border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
        />
      </label>
      {state.revealed ? (
        <div
          ref={answer}
          tabIndex={-1}
          className="space-y-3 rounded-xl border border-sky-600/40 bg-sky-50/60 p-4 focus:outline-none dark:bg-sky-950/40"
          aria-live="polite"
        >
          {written.trim() ? <CheckedAnswer text={written} scenario={q.sequence ?? null} /> : null}
          <p data-testid="mock-answer">{q.answer[lang]}</p>
          <p className="text-sm text-slate-600 dark:text-slate-400" lang={otherLang}>
            {q.answer[other]}
          </p>
          <p className="text-sm">{q.deeper[lang]}</p>
          <fieldset className="flex flex-wrap gap-2">
            <legend className="mb-2 text-sm font-semibold">{t("howDid")}</legend>
            {RATINGS.map((r) => (
              <button key={r.rating} type="button" className={SECONDARY_BUTTON} onClick={() => rate(r.rating)}>
                {t(r.label)}
              </button>
            ))}
          </fieldset>
        </div>
      ) : (
        <button type="button" className={PRIMARY_BUTTON} disabled={!hydrated} onClick={() => send({ type: "reveal" })}>
          {t("reveal")}
        </button>
      )}
      {saveError ? (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {saveError}
        </p>
      ) : null}
    </section>
  );
}

const MARK_LOOK: Record<Mark["verdict"], string> = {
  ok: "bg-emerald-100 text-emerald-950 dark:bg-emerald-900/60 dark:text-emerald-50",
  order: "bg-amber-100 text-amber-950 underline decoration-wavy dark:bg-amber-900/60 dark:text-amber-50",
  absent: "bg-amber-100 text-amber-950 underline decoration-wavy dark:bg-amber-900/60 dark:text-amber-50",
  unknown: "bg-rose-100 text-rose-950 underline decoration-wavy dark:bg-rose-900/60 dark:text-rose-50",
};

/**
 * The learner's own words with what the model says of each state and segment they name: highlighted in place
 * (the note as the mark's title), and the ones to look at again listed under it, for a screen reader and a phone.
 */
function CheckedAnswer({ text, scenario }: { text: string; scenario: string | null }) {
  const t = useT("interview");
  const lang = textLang(t.locale);
  const check = checkAnswer(text, scenario);
  const parts: React.ReactNode[] = [];
  let at = 0;
  check.marks.forEach((m) => {
    if (m.start > at) parts.push(text.slice(at, m.start));
    parts.push(
      <mark
        key={m.start}
        className={`rounded px-0.5 ${MARK_LOOK[m.verdict]}`}
        title={m.note[lang]}
        data-verdict={m.verdict}
      >
        {text.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  const problems = check.marks.filter((m) => m.verdict !== "ok");
  return (
    <section
      aria-labelledby="checked-heading"
      className="rounded-lg border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
      data-testid="checked-answer"
    >
      <h3 id="checked-heading" className="text-sm font-semibold">
        {t("checkedHeading")}
      </h3>
      <p className="mt-2 whitespace-pre-wrap leading-7">{parts}</p>
      {check.marks.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("checkedNone")}</p>
      ) : (
        <>
          <p className="mt-2 text-sm" data-testid="checked-summary">
            {t("checkedSummary", { ok: check.ok, problems: check.problems })}
          </p>
          {problems.length > 0 ? (
            <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
              {problems.map((m) => (
                <li key={m.start} data-verdict={m.verdict}>
                  <span className="font-mono">{text.slice(m.start, m.end)}</span>: {m.note[lang]}
                </li>
              ))}
            </ul>
          ) : null}
          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
            <span>
              <mark className={`rounded px-1 font-mono ${MARK_LOOK.ok}`}>SYN-SENT</mark> {t("checkedLegendOk")}
            </span>
            <span>
              <mark className={`rounded px-1 font-mono ${MARK_LOOK.order}`}>TIME-WAIT</mark> {t("checkedLegendOff")}
            </span>
            <span>
              <mark className={`rounded px-1 font-mono ${MARK_LOOK.unknown}`}>FIN-WAIT-3</mark> {t("checkedLegendBad")}
            </span>
          </p>
        </>
      )}
    </section>
  );
}
