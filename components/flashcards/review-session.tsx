"use client";
import Link from "next/link";
import { useEffect, useReducer, useRef, useState, useTransition } from "react";
import { rate, undo } from "@/app/flashcards/actions";
import { REVIEWED_EVENT } from "@/components/layout/due-badge";
import { ProgressBar } from "@/components/quiz/progress-bar";
import { StepFigure } from "@/components/scenario/step-figure";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui/buttons";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useShortcuts } from "@/components/ui/use-shortcuts";
import type { ReviewView } from "@/lib/flashcards/review";
import { useT } from "@/lib/i18n/client";
import { textLang } from "@/lib/i18n/locales";
import type { CardKind } from "@/lib/srs";
import { GRADES, type Grade } from "@/lib/srs/grades";
import { canRate, lastRated, sessionProgress, sessionReducer, startSession } from "@/lib/srs/session";
import { CardText } from "./card-text";

const GRADE_LOOK: Record<Grade, string> = {
  1: "border-rose-600/60 hover:bg-rose-50 dark:hover:bg-rose-950",
  2: "border-amber-600/60 hover:bg-amber-50 dark:hover:bg-amber-950",
  3: "border-emerald-600/60 hover:bg-emerald-50 dark:hover:bg-emerald-950",
  4: "border-sky-600/60 hover:bg-sky-50 dark:hover:bg-sky-950",
};

const GRADE_KEY = { 1: "gradeAgain", 2: "gradeHard", 3: "gradeGood", 4: "gradeEasy" } as const;
const KIND_KEY: Record<CardKind, "kindTransition" | "kindState" | "kindName" | "kindSeqAck" | "kindConcept"> = {
  transition: "kindTransition",
  state: "kindState",
  name: "kindName",
  "seq-ack": "kindSeqAck",
  concept: "kindConcept",
};
const STATUS_KEY = {
  new: "statusNew",
  learning: "statusLearning",
  review: "statusReview",
  relearning: "statusRelearning",
} as const;
const HINT = (c: React.ReactNode) => <span className="font-normal">{c}</span>;

/** One deck's review: flip with Space, rate 1-4, undo with U; each rating is saved before the next card shows. */
export function ReviewSession({ initial, deckTitle }: { initial: ReviewView; deckTitle: string }) {
  const t = useT("flashcards");
  // The card in the interface's language first, the other language under it.
  const lang = textLang(t.locale);
  const other = lang === "en" ? "zh" : "en";
  const otherLang = other === "en" ? "en" : "zh-CN";
  const [both, showBoth] = useBothLanguages();
  const [session, send] = useReducer(sessionReducer<ReviewView>, initial, startSession);
  const [, startTransition] = useTransition();
  const hydrated = useHydrated();
  const shownAt = useRef(0);
  const { view } = session;
  const card = view.card;

  // A new card (or the same card after undo, with other reps) starts the clock for how long the answer took.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the card's identity is the trigger, not a value read
  useEffect(() => {
    shownAt.current = performance.now();
  }, [card?.id, card?.reps]);

  function context() {
    return { deck: view.deck, tzOffset: new Date().getTimezoneOffset() };
  }

  function rateWith(grade: Grade) {
    if (!card || !canRate(session)) return;
    send({ type: "send" });
    const durationMs = Math.min(Math.round(performance.now() - shownAt.current), 24 * 3600_000);
    startTransition(async () => {
      try {
        const result = await rate({ ...context(), cardId: card.id, grade, reps: card.reps, durationMs });
        send(
          result.ok ? { type: "rated", view: result.view } : { type: "failed", error: result.error, view: result.view },
        );
        if (result.ok) {
          forgetChosenCard();
          window.dispatchEvent(new Event(REVIEWED_EVENT));
        }
      } catch {
        send({ type: "failed", error: t("rateOffline"), view: null });
      }
    });
  }

  function undoLast() {
    const last = lastRated(session);
    if (session.pending || !last) return;
    send({ type: "send" });
    startTransition(async () => {
      try {
        const result = await undo({ ...context(), ...last });
        if (result.ok) window.dispatchEvent(new Event(REVIEWED_EVENT));
        send(
          result.ok
            ? { type: "undone", view: result.view }
            : { type: "failed", error: result.error, view: result.view },
        );
      } catch {
        send({ type: "failed", error: t("undoOffline"), view: null });
      }
    });
  }

  // Space or Enter flips, 1-4 rate, U undoes.
  useShortcuts((key) => {
    if (key === " " || key === "Enter") send({ type: "flip" });
    else if (/^[1-4]$/.test(key)) rateWith(Number(key) as Grade);
    else if (key === "u" || key === "U") undoLast();
    else return false;
    return true;
  });

  // After a flip the answer gets focus; after a rating the new card's question does, so keyboard and screen
  // reader users are always at what changed.
  const answerRef = useRef<HTMLElement>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const rated = session.rated.length;
  useEffect(() => {
    if (session.flipped) answerRef.current?.focus();
  }, [session.flipped]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a rating moves the review on
  useEffect(() => {
    if (rated > 0) questionRef.current?.focus();
  }, [rated, card?.id]);

  const progress = sessionProgress(session);
  const announce = !card
    ? t("announceDone")
    : session.flipped
      ? t("announceAnswer", { text: card.back[lang] })
      : t("announceCard", { text: card.front[lang] });
  return (
    <div className="max-w-3xl" data-testid="review" data-hydrated={hydrated}>
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
      <ProgressBar
        done={progress.done}
        total={progress.total}
        label={t("progressLabel")}
        text={t("progressText", { done: progress.done, total: progress.total })}
      />
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" data-testid="queue-counts">
        {t("queueCounts", { deck: deckTitle, due: view.due, fresh: view.fresh })}
      </p>
      {session.error ? (
        <Notice role="alert" className="mt-4">
          {session.error}
        </Notice>
      ) : null}

      {card ? (
        <article
          className="mt-4 rounded-2xl border border-slate-200 p-6 shadow-sm dark:border-slate-800"
          aria-label={t("cardLabel")}
          data-testid="card"
          data-card={card.id}
        >
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
            {t(KIND_KEY[card.kind])} · {t(STATUS_KEY[card.status])}
          </p>
          <h2 ref={questionRef} tabIndex={-1} className="mt-2 text-xl font-semibold focus:outline-none">
            <CardText text={card.front[lang]} />
          </h2>
          {both ? (
            <p className="mt-1 text-slate-600 dark:text-slate-400" lang={otherLang} data-testid="other-language">
              <CardText text={card.front[other]} />
            </p>
          ) : null}
          {session.flipped ? (
            <section
              ref={answerRef}
              tabIndex={-1}
              aria-label={t("answerLabel")}
              className="mt-5 border-t border-slate-200 pt-5 focus:outline-none dark:border-slate-800"
            >
              <p className="text-lg font-bold" data-testid="card-back">
                <CardText text={card.back[lang]} />
              </p>
              {both && card.back[other] !== card.back[lang] ? (
                <p className="text-slate-600 dark:text-slate-400" lang={otherLang}>
                  <CardText text={card.back[other]} />
                </p>
              ) : null}
              <p className="mt-3">
                <CardText text={card.detail[lang]} />
              </p>
              {both ? (
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" lang={otherLang}>
                  <CardText text={card.detail[other]} />
                </p>
              ) : null}
              {card.arc ? (
                <div className="mt-4">
                  <StepFigure figure={{ kind: "arc", ...card.arc }} />
                </div>
              ) : null}
              <p className="mt-3 text-sm">
                {card.rfc ? <span className="text-slate-600 dark:text-slate-400">{card.rfc} · </span> : null}
                <Link className="text-sky-700 underline underline-offset-2 dark:text-sky-400" href={card.link}>
                  {card.link.startsWith("/learn/") ? t("seeAnimated") : t("readState")}
                </Link>
              </p>
            </section>
          ) : null}
        </article>
      ) : (
        <AllDone view={view} />
      )}

      {card ? (
        session.flipped ? (
          <fieldset
            className="sticky bottom-0 mt-4 grid grid-cols-2 gap-2 bg-white/95 py-3 backdrop-blur sm:static sm:grid-cols-4 sm:bg-transparent sm:py-0 dark:bg-slate-950/95 sm:dark:bg-transparent"
            disabled={session.pending}
          >
            <legend className="sr-only">{t("rateLegend")}</legend>
            {GRADES.map((g) => (
              <button
                key={g}
                type="button"
                onClick={() => rateWith(g)}
                className={`rounded-lg border-2 px-3 py-2 text-left font-semibold disabled:opacity-50 ${GRADE_LOOK[g]}`}
              >
                <span className="block">
                  {t(GRADE_KEY[g])} · {t("interval", card.intervals[g])}
                </span>
                <span className="block text-xs font-normal text-slate-500 dark:text-slate-400">
                  {t("gradeKey", { key: g })}
                </span>
              </button>
            ))}
          </fieldset>
        ) : (
          <div className="sticky bottom-0 mt-4 bg-white/95 py-3 backdrop-blur sm:static sm:bg-transparent sm:py-0 dark:bg-slate-950/95 sm:dark:bg-transparent">
            <button
              type="button"
              className={`w-full sm:w-auto ${PRIMARY_BUTTON}`}
              onClick={() => send({ type: "flip" })}
            >
              {t.rich("showAnswer", { hint: HINT })}
            </button>
          </div>
        )
      ) : null}

      <div className="mt-6 flex flex-wrap items-center gap-3 text-sm">
        <button
          type="button"
          className={SECONDARY_BUTTON}
          onClick={undoLast}
          disabled={session.pending || session.rated.length === 0}
        >
          {t.rich("undoLast", { hint: HINT })}
        </button>
        <button type="button" className={SECONDARY_BUTTON} aria-pressed={both} onClick={() => showBoth(!both)}>
          {t("otherLanguage", { language: otherLang })}
        </button>
        <Link className="underline underline-offset-2" href="/flashcards">
          {t("allDecks")}
        </Link>
      </div>
    </div>
  );
}

const BOTH_KEY = "synack:cards:both-languages";

/**
 * Whether a card shows the other language's text under its own: on unless the learner turned it off, remembered in
 * this browser. Read after hydration, so the server's HTML (both languages) and the first render agree.
 */
function useBothLanguages(): [boolean, (on: boolean) => void] {
  const [both, setBoth] = useState(true);
  useEffect(() => {
    try {
      if (localStorage.getItem(BOTH_KEY) === "off") setBoth(false);
    } catch {
      // Storage refused (a private window): both languages, as by default.
    }
  }, []);
  const set = (on: boolean) => {
    setBoth(on);
    try {
      localStorage.setItem(BOTH_KEY, on ? "on" : "off");
    } catch {
      // Not remembered, but switched for this page.
    }
  };
  return [both, set];
}

/** A card chosen on the dashboard (`?card=`) is practised once: reloading afterwards continues the normal review. */
function forgetChosenCard() {
  const url = new URL(window.location.href);
  if (!url.searchParams.has("card")) return;
  url.searchParams.delete("card");
  window.history.replaceState(window.history.state, "", url);
}

function AllDone({ view }: { view: ReviewView }) {
  const t = useT("flashcards");
  const newCards =
    view.unseen === 0
      ? t("seenAll")
      : view.newPerDay === 0
        ? t("newOff", { n: view.unseen })
        : t("newTomorrow", { n: view.unseen, perDay: view.newPerDay });
  return (
    <section
      className="mt-4 rounded-2xl border border-emerald-600/40 bg-emerald-50/60 p-6 dark:bg-emerald-950/30"
      data-testid="all-done"
    >
      <h2 className="text-xl font-semibold">{t("allDoneTitle")}</h2>
      <p className="mt-2">
        {view.nextDueIn ? t("nextDueIn", view.nextDueIn) : t("nothingWaiting")}
        {/* Chinese sentences follow each other without a space. */}
        {t.locale === "en" ? " " : null}
        {newCards}
      </p>
      <p className="mt-4 flex flex-wrap gap-3">
        <Link className={SECONDARY_BUTTON} href="/flashcards">
          {t("allDecks")}
        </Link>
        <Link className={SECONDARY_BUTTON} href="/quiz">
          {t("quizInstead")}
        </Link>
      </p>
    </section>
  );
}
