"use client";

import { useT } from "@/lib/i18n/client";
import { textLang } from "@/lib/i18n/locales";
import type { PlayerView } from "@/lib/live";
import { useLive, useSecondsLeft } from "./use-live";

const LETTERS = ["A", "B", "C", "D", "E", "F", "G", "H"];

/**
 * A student's phone in a live class: the lobby, the question with choices big enough to hit with a thumb, "answer
 * received", the reveal with their points, and the end. The view comes from the server (lib/live playerView), so a
 * refresh or a dropped connection comes back with the answer given and the score.
 */
export function PlayerScreen({ id, initial }: { id: string; initial: PlayerView }) {
  const t = useT("live");
  const lang = textLang(t.locale);
  const { view, connected, error, pending, command } = useLive(id, initial, false);
  const secondsLeft = useSecondsLeft(view.phase === "open" && !view.mine ? view.deadline : null);
  const round = view.round;
  const revealed = round?.answer !== null && round?.answer !== undefined;
  return (
    <div className="mx-auto max-w-xl space-y-5" data-testid="player-screen" data-phase={view.phase}>
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm text-slate-600 dark:text-slate-400">
        <span data-testid="nickname">{t("youAre", { nickname: view.nickname })}</span>
        <span data-testid="score">
          {t("score", { score: view.score })}
          {view.rank !== null ? ` · ${t("rank", { rank: view.rank, players: view.players })}` : ""}
        </span>
      </div>

      {view.phase === "lobby" ? <h1 className="text-2xl font-semibold">{t("lobbyWait")}</h1> : null}

      {round && view.phase !== "ended" ? (
        <section aria-labelledby="question" className="space-y-4" data-testid="player-round" data-round={round.index}>
          {round.context ? <p className="text-sm text-slate-600 dark:text-slate-400">{round.context[lang]}</p> : null}
          <h1 id="question" className="text-xl font-bold leading-snug">
            {round.prompt[lang]}
          </h1>
          {secondsLeft !== null ? (
            <p className="text-lg font-semibold tabular-nums">{t("secondsLeft", { s: secondsLeft })}</p>
          ) : null}
          <fieldset disabled={pending || view.mine !== null || view.phase !== "open"} className="space-y-3">
            <legend className="sr-only">{t("yourAnswer")}</legend>
            {round.choices.map((choice, i) => {
              const mine = view.mine?.choice === i;
              const right = revealed && round.answer === i;
              return (
                <button
                  key={choice.en}
                  type="button"
                  onClick={() => void command({ type: "answer", round: round.index, choice: i })}
                  aria-pressed={mine}
                  className={`flex min-h-14 w-full items-center gap-3 rounded-xl border-2 px-4 py-3 text-left text-lg font-semibold disabled:cursor-default ${
                    right
                      ? "border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950"
                      : mine
                        ? "border-sky-700 bg-sky-50 dark:border-sky-400 dark:bg-sky-950"
                        : "border-slate-300 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900"
                  }`}
                >
                  <span className="grid size-9 shrink-0 place-items-center rounded-md bg-slate-800 text-base text-white dark:bg-slate-200 dark:text-slate-900">
                    {LETTERS[i]}
                  </span>
                  <span className="min-w-0 flex-1 break-words">{choice[lang]}</span>
                  {right ? <span aria-hidden="true">✓</span> : null}
                </button>
              );
            })}
          </fieldset>
          <div role="status" aria-live="polite" className="space-y-2 text-lg" data-testid="player-status">
            {pending ? <p>{t("sending")}</p> : null}
            {!revealed && view.mine ? (
              <p className="font-semibold">
                {t("answerReceived", { choice: round.choices[view.mine.choice]?.[lang] ?? "" })}
              </p>
            ) : null}
            {!revealed && !view.mine && view.phase === "closed" ? <p>{t("closedWait")}</p> : null}
            {view.phase === "revealed" && !revealed ? <p>{t("skipped")}</p> : null}
            {revealed ? (
              <>
                <p
                  className={`text-2xl font-bold ${view.mine?.correct ? "text-emerald-700 dark:text-emerald-400" : "text-rose-700 dark:text-rose-400"}`}
                  data-testid="verdict"
                >
                  {view.mine?.correct
                    ? t("right", { points: view.mine.points ?? 0 })
                    : view.mine
                      ? t("wrong")
                      : t("noAnswer")}
                </p>
                <p>{t("answerIs", { answer: round.choices[round.answer ?? 0]?.[lang] ?? "" })}</p>
                {round.explanation ? (
                  <p className="text-base text-slate-600 dark:text-slate-400">{round.explanation[lang]}</p>
                ) : null}
              </>
            ) : null}
          </div>
        </section>
      ) : null}

      {view.phase === "ended" ? (
        <section className="space-y-2">
          <h1 className="text-2xl font-bold">{t("endedPlayer")}</h1>
          <p className="text-xl">{t("score", { score: view.score })}</p>
        </section>
      ) : null}

      <p role="alert" className="min-h-5 text-sm text-rose-700 dark:text-rose-400">
        {error ? t("commandFailed", { error }) : !connected ? t("reconnecting") : null}
      </p>
    </div>
  );
}
