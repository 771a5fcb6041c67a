"use client";

import Link from "next/link";
import { useCallback, useEffect, useReducer, useRef } from "react";
import { PRIMARY_BUTTON } from "@/components/ui/buttons";
import { Notice } from "@/components/ui/notice";
import { useShortcuts } from "@/components/ui/use-shortcuts";
import { answerReply } from "@/lib/attempts/answer-reply";
import { useT } from "@/lib/i18n/client";
import { localeOfTextLang } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";
import { type AnswerFeedback, type AskedQuestion, isWithheld, type Lang } from "@/lib/quiz";
import {
  answeredCount,
  canSubmit,
  current,
  type Entry,
  finished,
  type Session,
  sessionReducer,
  startSession,
} from "@/lib/quiz/session";
import { AnswerText } from "./answer-text";
import { FeedbackPanel } from "./feedback-panel";
import { ProgressBar } from "./progress-bar";

/** 44 px square at least: a finger's target (WCAG 2.5.5). */
const MOVE_BUTTON =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-slate-300 aria-disabled:opacity-30 dark:border-slate-600";

/** `lang` is the quiz's: its questions and explanations are in it, while the runner speaks the interface's. */
type Props = { attemptId: string; lang: Lang; questions: AskedQuestion[]; answered: AnswerFeedback[] };

/**
 * The latest state of each quiz this tab has shown. Back from a page an answer links to ("See it animated") restores
 * the quiz from Next's router cache, whose answers are those the page first loaded: the question just answered would
 * look open, and a new choice would be met with the earlier one's feedback. The runner resumes from here instead.
 */
const latest = new Map<string, Session>();

/** One question at a time: pick (1-9) or type, Enter to check, Enter again to go on. */
export function QuizRunner({ attemptId, lang, questions, answered }: Props) {
  const t = useT("quiz");
  const questionLocale = localeOfTextLang(lang);
  const [session, dispatch] = useReducer(sessionReducer, undefined, () => {
    const loaded = startSession(questions, answered);
    const kept = latest.get(attemptId);
    return kept && answeredCount(kept) > answeredCount(loaded) ? kept : loaded;
  });
  useEffect(() => {
    latest.set(attemptId, session);
  }, [attemptId, session]);
  const entry = current(session);
  const shownAt = useRef(0);
  const nextButton = useRef<HTMLButtonElement | HTMLAnchorElement | null>(null);
  const heading = useRef<HTMLHeadingElement | null>(null);
  const done = answeredCount(session);
  const last = session.index === session.entries.length - 1;

  // A new question: restart its clock and move focus to it (into the field, when the answer is typed), so screen
  // readers announce it and the keyboard keeps working without a click.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs whenever a new question is shown
  useEffect(() => {
    shownAt.current = performance.now();
    const field = document.getElementById(`typed-${current(session)?.question.id}`);
    if (field && current(session)?.status === "open") field.focus();
    else heading.current?.focus();
  }, [session.index]);

  useEffect(() => {
    if (entry?.status === "done") nextButton.current?.focus();
  }, [entry?.status]);

  const saving = useRef(false);
  const submit = useCallback(async () => {
    // One request per answer, however fast the clicks and key presses come (the server would dedupe them anyway).
    if (!entry || !canSubmit(entry) || saving.current) return;
    saving.current = true;
    dispatch({ type: "submit" });
    const durationMs = Math.round(performance.now() - shownAt.current);
    try {
      const response = await fetch(`/api/v1/attempts/${encodeURIComponent(attemptId)}/answers`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ questionId: entry.question.id, response: entry.draft, durationMs }),
      });
      // Read against the endpoint's own contract: anything else (a proxy's error page) is a failure to save.
      const parsed = answerReply.safeParse(await response.json().catch(() => null));
      const body = parsed.success ? parsed.data : null;
      if (response.ok && body && "feedback" in body) dispatch({ type: "saved", feedback: body.feedback });
      else if (response.status === 422 && body && "hint" in body && body.hint) {
        dispatch({ type: "retype", hint: body.hint });
      } else
        dispatch({
          type: "failed",
          message: (body && "error" in body ? body.error : null) ?? t("saveError", { status: response.status }),
        });
    } catch {
      dispatch({ type: "failed", message: t("networkError") });
    } finally {
      saving.current = false;
    }
  }, [attemptId, entry, t]);

  // 1-9 pick a choice; Enter checks the answer, then goes on.
  useShortcuts((key) => {
    if (!entry) return false;
    if (key === "Enter" && entry.status === "done") {
      nextButton.current?.click();
      return true;
    }
    if (entry.question.format === "choice" && /^[1-9]$/.test(key)) {
      const choice = entry.question.choices?.[Number(key) - 1];
      if (choice === undefined) return false;
      dispatch({ type: "choose", value: choice });
      return true;
    }
    if (key === "Enter" && canSubmit(entry)) {
      void submit();
      return true;
    }
    return false;
  });

  if (!entry) return null;
  const q = entry.question;
  const locked = entry.status !== "open";
  const part: Part = { entry, locked, dispatch, t, lang };

  return (
    <div className="max-w-3xl">
      <ProgressBar
        done={done}
        total={session.entries.length}
        label={t("progress")}
        text={t("progressAnswered", { done, total: session.entries.length })}
      />
      <form
        className="mt-6"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        aria-describedby="quiz-keys"
      >
        <p className="text-sm font-medium text-slate-600 dark:text-slate-400">
          {t("questionOf", { n: session.index + 1, total: session.entries.length })}
        </p>
        <h2
          ref={heading}
          lang={questionLocale}
          tabIndex={-1}
          className="mt-1 text-xl font-semibold leading-snug outline-none"
          data-testid="prompt"
        >
          {q.prompt}
        </h2>

        <div className="mt-5">
          {q.format === "choice" ? <Choices {...part} /> : null}
          {q.format === "state-name" ? <TypedName {...part} /> : null}
          {q.format === "order" ? <OrderList {...part} /> : null}
        </div>

        {entry.hint ? (
          <Notice role="alert" className="mt-3">
            {entry.hint}
          </Notice>
        ) : null}
        {entry.error ? (
          <p role="alert" className="mt-3 rounded-lg bg-rose-50 p-3 text-rose-900 dark:bg-rose-950 dark:text-rose-100">
            {entry.error}
          </p>
        ) : null}

        {entry.status !== "done" ? (
          <div className="mt-5 flex items-center gap-3">
            <button
              type="submit"
              disabled={!canSubmit(entry)}
              aria-busy={entry.status === "saving"}
              className={PRIMARY_BUTTON}
            >
              {entry.status === "saving" ? t("checking") : t("check")}
            </button>
          </div>
        ) : null}
      </form>

      {entry.feedback ? (
        <div className="mt-6">
          {isWithheld(entry.feedback) ? (
            <section
              aria-live="polite"
              data-testid="recorded"
              className="rounded-xl border border-slate-300 bg-slate-50 p-5 dark:border-slate-700 dark:bg-slate-900"
            >
              <h3 className="text-lg font-semibold">{t("answerRecorded")}</h3>
              <p className="mt-1 text-slate-700 dark:text-slate-300">{t("answerRecordedLead")}</p>
            </section>
          ) : (
            <FeedbackPanel feedback={entry.feedback} lang={lang} />
          )}
          <div className="mt-5">
            {finished(session) && last ? (
              <Link
                ref={(el) => {
                  nextButton.current = el;
                }}
                href={`/quiz/${attemptId}/results`}
                className={PRIMARY_BUTTON}
              >
                {t("seeResults")}
              </Link>
            ) : (
              <button
                ref={(el) => {
                  nextButton.current = el;
                }}
                type="button"
                onClick={() => dispatch({ type: "next" })}
                className={PRIMARY_BUTTON}
              >
                {t("next")}
              </button>
            )}
          </div>
        </div>
      ) : null}

      <p id="quiz-keys" className="mt-8 hidden text-sm text-slate-500 sm:block dark:text-slate-400">
        {t.rich("keys", { last: Math.max(1, q.choices?.length ?? 4) })}
      </p>
    </div>
  );
}

type Part = {
  entry: Entry;
  locked: boolean;
  dispatch: React.Dispatch<Parameters<typeof sessionReducer>[1]>;
  t: Translator<"quiz">;
  /** The quiz's language, for what comes from the question (choices, segments). */
  lang: Lang;
};

/** The verdict of the entry's answer, when the learner may see it. */
function verdictOf(entry: Entry) {
  return entry.feedback && !isWithheld(entry.feedback) ? entry.feedback : null;
}

function Choices({ entry, locked, dispatch, t, lang }: Part) {
  const { question, draft } = entry;
  const feedback = verdictOf(entry);
  return (
    <fieldset>
      <legend className="sr-only">{t("choices")}</legend>
      <ul className="grid gap-2">
        {question.choices?.map((choice, i) => {
          const picked = draft === choice;
          const right = feedback && choice === feedback.answer;
          const wrong = feedback && picked && !feedback.correct;
          return (
            <li key={choice}>
              <label
                className={[
                  "flex cursor-pointer items-start gap-3 rounded-lg border p-3 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-600",
                  right
                    ? "border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950"
                    : wrong
                      ? "border-rose-600 bg-rose-50 dark:border-rose-500 dark:bg-rose-950"
                      : picked
                        ? "border-sky-600 bg-sky-50 dark:border-sky-500 dark:bg-sky-950"
                        : "border-slate-300 hover:border-slate-500 dark:border-slate-700 dark:hover:border-slate-500",
                  locked ? "cursor-default" : "",
                ].join(" ")}
              >
                <input
                  type="radio"
                  name={`choice-${question.id}`}
                  value={choice}
                  checked={picked}
                  disabled={locked}
                  onChange={() => dispatch({ type: "choose", value: choice })}
                  className="sr-only"
                />
                <span
                  aria-hidden="true"
                  className="mt-0.5 inline-flex h-6 w-6 shrink-0 items-center justify-center rounded border border-slate-300 font-mono text-xs dark:border-slate-600"
                >
                  {i + 1}
                </span>
                <AnswerText value={choice} lang={lang} gloss className="font-mono text-[0.95rem] break-words" />
                {right ? (
                  <span className="ml-auto shrink-0 text-sm font-semibold text-emerald-800 dark:text-emerald-300">
                    {t("rightAnswer")}
                  </span>
                ) : null}
                {wrong ? (
                  <span className="ml-auto shrink-0 text-sm font-semibold text-rose-800 dark:text-rose-300">
                    {t("yourAnswer")}
                  </span>
                ) : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function TypedName({ entry, locked, dispatch, t }: Part) {
  const value = typeof entry.draft === "string" ? entry.draft : "";
  return (
    <div>
      <label htmlFor={`typed-${entry.question.id}`} className="block text-sm font-medium">
        {t("stateName")} <span className="font-normal text-slate-500 dark:text-slate-400">{t("stateNameHelp")}</span>
      </label>
      <input
        id={`typed-${entry.question.id}`}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={60}
        value={value}
        readOnly={locked}
        aria-invalid={entry.hint ? true : undefined}
        onChange={(event) => dispatch({ type: "type", text: event.target.value })}
        className="mt-1 w-full max-w-sm rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono uppercase dark:border-slate-700 dark:bg-slate-900"
      />
    </div>
  );
}

function OrderList({ entry, locked, dispatch, t, lang }: Part) {
  const order = Array.isArray(entry.draft) ? entry.draft : [];
  const verdict = verdictOf(entry);
  const expected = verdict && Array.isArray(verdict.answer) ? verdict.answer : null;
  const questionLocale = localeOfTextLang(lang);
  return (
    <div>
      <p id={`order-help-${entry.question.id}`} className="text-sm text-slate-600 dark:text-slate-400">
        {t("orderHelp")}
      </p>
      <ol className="mt-2 grid gap-2" aria-describedby={`order-help-${entry.question.id}`}>
        {order.map((item, i) => (
          <li
            key={item}
            className={[
              "flex items-center gap-2 rounded-lg border p-2",
              expected
                ? expected[i] === item
                  ? "border-emerald-600 dark:border-emerald-500"
                  : "border-rose-600 dark:border-rose-500"
                : "border-slate-300 dark:border-slate-700",
            ].join(" ")}
          >
            <span className="w-6 text-right font-mono text-sm text-slate-500 dark:text-slate-400">{i + 1}.</span>
            <span lang={questionLocale} className="flex-1 font-mono text-sm break-words">
              {item}
            </span>
            {!locked ? (
              <span className="flex shrink-0 gap-1">
                {/* aria-disabled, not disabled: moving an item to the top (or bottom) keeps focus on its button.
                    Space moves; Enter, as the hint says, checks the answer (data-enter="page"). */}
                <button
                  type="button"
                  aria-disabled={i === 0}
                  aria-label={t("moveUp", { item })}
                  data-enter="page"
                  onClick={() => i > 0 && dispatch({ type: "move", from: i, to: i - 1 })}
                  className={MOVE_BUTTON}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-disabled={i === order.length - 1}
                  aria-label={t("moveDown", { item })}
                  data-enter="page"
                  onClick={() => i < order.length - 1 && dispatch({ type: "move", from: i, to: i + 1 })}
                  className={MOVE_BUTTON}
                >
                  ↓
                </button>
              </span>
            ) : expected ? (
              <span className="shrink-0 text-sm">
                {expected[i] === item ? "✓" : t("shouldBe", { n: expected.indexOf(item) + 1 })}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
