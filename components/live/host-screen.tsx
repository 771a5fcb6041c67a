"use client";

import type { ReactNode } from "react";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui/buttons";
import { useT } from "@/lib/i18n/client";
import { textLang } from "@/lib/i18n/locales";
import type { HostView } from "@/lib/live";
import { PredictStage } from "./predict-stage";
import { useLive, useSecondsLeft } from "./use-live";
import { VoteFigure } from "./vote-figure";

const LETTERS = ["A", "B", "C", "D", "E", "F", "G", "H"];
const BIG_BUTTON = "min-h-14 px-7 text-xl";

/**
 * The host's screen, made for a projector: the join code, its QR code and the address; the lobby; each round with
 * the answers coming in; the reveal (a predict round's step played and the class's votes on Figure 5); the podium
 * and a summary at the end. Every control is a command to the server, which sends the new view to every screen.
 */
export function HostScreen({
  id,
  code,
  link,
  qr,
  warning,
  initial,
}: {
  id: string;
  code: string;
  link: string;
  qr: ReactNode;
  warning: string | null;
  initial: HostView;
}) {
  const t = useT("live");
  const lang = textLang(t.locale);
  const { view, connected, error, pending, command } = useLive(id, initial, true);
  const secondsLeft = useSecondsLeft(view.phase === "open" ? view.deadline : null);
  const round = view.round;
  const send = (body: Record<string, unknown>) => void command(body);
  const last = round !== null && round.index + 1 >= view.rounds;

  const join = (
    <p className="text-2xl">
      {t.rich("joinAt", {
        link,
        url: (c) => (
          <code className="break-all font-mono font-semibold" data-testid="join-link">
            {c}
          </code>
        ),
      })}
    </p>
  );

  return (
    // A projector's whole width, not the reading column the other pages keep to.
    <div
      className="relative left-1/2 w-[calc(100vw-3rem)] max-w-[120rem] -translate-x-1/2 space-y-8 text-xl"
      data-testid="host-screen"
      data-phase={view.phase}
    >
      {view.phase === "lobby" ? (
        <section aria-labelledby="lobby-heading" className="grid items-center gap-10 lg:grid-cols-[auto_minmax(0,1fr)]">
          <div className="size-[min(80vw,26rem)]">{qr}</div>
          <div className="space-y-6">
            {join}
            <p className="font-mono text-8xl font-bold tracking-widest" data-testid="join-code">
              {code}
            </p>
            {warning ? <p className="text-base text-amber-800 dark:text-amber-300">{warning}</p> : null}
            <h2 id="lobby-heading" className="text-3xl font-semibold" aria-live="polite">
              {t("lobbyCount", { n: view.players.length })}
            </h2>
            <ul className="flex flex-wrap gap-3" data-testid="lobby-players">
              {view.players.map((p) => (
                <li key={p.id} className="rounded-full bg-sky-100 px-5 py-2 text-2xl font-semibold dark:bg-sky-900">
                  {p.nickname}
                </li>
              ))}
            </ul>
          </div>
        </section>
      ) : (
        <div className="flex flex-wrap items-center justify-between gap-x-10 gap-y-4 border-b border-slate-200 pb-4 dark:border-slate-800">
          <div className="flex min-w-0 items-center gap-5">
            <div className="size-24 shrink-0">{qr}</div>
            <div>
              {join}
              <p className="font-mono text-5xl font-bold tracking-widest" data-testid="join-code">
                {code}
              </p>
            </div>
          </div>
          {round && view.phase !== "ended" ? (
            <div className="ml-auto text-right">
              <p className="text-2xl font-semibold">
                {t("roundOf", { n: round.index + 1, total: view.rounds })}
                {round.kind === "predict" ? ` · ${t("predictKind")}` : ""}
              </p>
              <p className="text-5xl font-bold tabular-nums" data-testid="answered" aria-live="polite">
                {t("answeredCount", { answered: view.answered, players: view.players.length })}
              </p>
              {secondsLeft !== null ? (
                <p className="text-3xl tabular-nums text-slate-600 dark:text-slate-300" data-testid="seconds-left">
                  {t("secondsLeft", { s: secondsLeft })}
                </p>
              ) : null}
            </div>
          ) : null}
        </div>
      )}

      {round && view.phase !== "ended" ? (
        <section aria-labelledby="round-heading" className="space-y-6" data-testid="round" data-kind={round.kind}>
          {round.context ? <p className="text-xl text-slate-600 dark:text-slate-300">{round.context[lang]}</p> : null}
          <h2 id="round-heading" className="text-4xl font-bold leading-tight" lang={lang === "zh" ? "zh-CN" : "en"}>
            {round.prompt[lang]}
          </h2>
          <div className={round.scene ? "grid gap-10 xl:grid-cols-2" : ""}>
            {round.scene ? (
              <div className="text-base">
                <PredictStage scene={round.scene} revealed={round.status === "revealed"} />
              </div>
            ) : null}
            <div className="space-y-6">
              <ol className="grid gap-4 sm:grid-cols-2" data-testid="host-choices">
                {round.choices.map((choice, i) => {
                  const right = round.answer === i;
                  const count = round.counts?.[i] ?? null;
                  return (
                    <li
                      key={choice.en}
                      className={`flex items-center gap-4 rounded-xl border-2 px-5 py-4 text-3xl font-semibold ${
                        round.answer === null
                          ? "border-slate-300 dark:border-slate-700"
                          : right
                            ? "border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950"
                            : "border-slate-200 opacity-70 dark:border-slate-800"
                      }`}
                      data-right={round.answer === null ? undefined : right}
                    >
                      <span className="grid size-12 shrink-0 place-items-center rounded-lg bg-slate-800 text-2xl text-white dark:bg-slate-200 dark:text-slate-900">
                        {LETTERS[i]}
                      </span>
                      <span className="min-w-0 flex-1 break-words">{choice[lang]}</span>
                      {right ? <span aria-hidden="true">✓</span> : null}
                      {count !== null ? (
                        <span className="tabular-nums text-2xl" data-testid="choice-count">
                          {t("votes", { n: count })}
                        </span>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
              {round.status === "closed" ? <p className="text-2xl">{t("answersClosed")}</p> : null}
              {round.answer !== null ? (
                <div className="space-y-3" data-testid="reveal">
                  <p className="text-3xl font-bold text-emerald-700 dark:text-emerald-400">
                    {t("answerIs", { answer: round.choices[round.answer]?.[lang] ?? "" })}
                  </p>
                  {round.explanation ? <p className="text-xl">{round.explanation[lang]}</p> : null}
                </div>
              ) : null}
              {round.tally ? <VoteFigure tally={round.tally} /> : null}
            </div>
          </div>
        </section>
      ) : null}

      {view.phase === "ended" ? <Results view={view} /> : null}

      {view.leaderboard && view.phase === "revealed" ? <Leaderboard view={view} /> : null}

      <fieldset className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-6 dark:border-slate-800">
        <legend className="sr-only">{t("controls")}</legend>
        {view.phase === "lobby" ? (
          <button
            type="button"
            className={`${PRIMARY_BUTTON} ${BIG_BUTTON}`}
            disabled={pending || view.players.length === 0}
            onClick={() => send({ type: "start" })}
          >
            {t("start")}
          </button>
        ) : null}
        {view.phase === "open" ? (
          <button
            type="button"
            className={`${SECONDARY_BUTTON} ${BIG_BUTTON}`}
            disabled={pending}
            onClick={() => send({ type: "close" })}
          >
            {t("stop")}
          </button>
        ) : null}
        {view.phase === "open" || view.phase === "closed" ? (
          <>
            <button
              type="button"
              className={`${PRIMARY_BUTTON} ${BIG_BUTTON}`}
              disabled={pending}
              onClick={() => send({ type: "reveal" })}
            >
              {t("reveal")}
            </button>
            <button
              type="button"
              className={`${SECONDARY_BUTTON} ${BIG_BUTTON}`}
              disabled={pending}
              onClick={() => send({ type: "skip" })}
            >
              {t("skip")}
            </button>
          </>
        ) : null}
        {view.phase === "revealed" ? (
          <button
            type="button"
            className={`${PRIMARY_BUTTON} ${BIG_BUTTON}`}
            disabled={pending}
            onClick={() => send({ type: "next" })}
          >
            {last ? t("results") : t("next")}
          </button>
        ) : null}
        {view.phase !== "ended" ? (
          <>
            <button
              type="button"
              className={`${SECONDARY_BUTTON} ${BIG_BUTTON}`}
              disabled={pending}
              aria-pressed={view.settings.leaderboard}
              onClick={() => send({ type: "leaderboard", shown: !view.settings.leaderboard })}
            >
              {view.settings.leaderboard ? t("hideLeaderboard") : t("showLeaderboard")}
            </button>
            <button
              type="button"
              className={`${SECONDARY_BUTTON} ${BIG_BUTTON} ml-auto`}
              disabled={pending}
              onClick={() => send({ type: "end" })}
            >
              {t("end")}
            </button>
          </>
        ) : null}
        <p role="alert" className="basis-full text-lg text-rose-700 dark:text-rose-400">
          {error ? t("commandFailed", { error }) : !connected ? t("reconnecting") : null}
        </p>
      </fieldset>
    </div>
  );
}

function Leaderboard({ view }: { view: HostView }) {
  const t = useT("live");
  return (
    <section aria-labelledby="board-heading" data-testid="leaderboard">
      <h2 id="board-heading" className="text-3xl font-bold">
        {t("leaderboardHeading")}
      </h2>
      <ol className="mt-4 grid gap-2 sm:grid-cols-2 xl:grid-cols-3">
        {(view.leaderboard ?? []).slice(0, 9).map((s) => (
          <li key={s.playerId} className="flex items-center gap-4 rounded-lg bg-slate-100 px-4 py-3 dark:bg-slate-900">
            <span className="w-8 text-right font-bold tabular-nums">{s.rank}</span>
            <span className="min-w-0 flex-1 truncate font-semibold">{s.nickname}</span>
            <span className="tabular-nums">{t("pointsShort", { n: s.score })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

const PODIUM_LOOK: Record<number, string> = {
  1: "h-56 bg-amber-300 text-amber-950",
  2: "h-44 bg-slate-300 text-slate-900",
  3: "h-36 bg-orange-300 text-orange-950",
};

function Results({ view }: { view: HostView }) {
  const t = useT("live");
  const lang = textLang(t.locale);
  // Second, first, third, as a podium stands.
  const podium = view.podium ?? [];
  const order = [2, 1, 3].flatMap((rank) => podium.filter((s) => s.rank === rank));
  return (
    <div className="space-y-10">
      <h2 className="text-5xl font-bold">{t("endedHeading")}</h2>
      {order.length > 0 ? (
        <section aria-labelledby="podium-heading">
          <h3 id="podium-heading" className="text-3xl font-semibold">
            {t("podiumHeading")}
          </h3>
          <ol className="mt-6 flex items-end justify-center gap-6" data-testid="podium">
            {order.map((s) => (
              <li key={s.playerId} className="flex w-64 flex-col items-center gap-3">
                <span className="max-w-full truncate text-3xl font-bold">{s.nickname}</span>
                <span className="text-2xl tabular-nums">{t("pointsShort", { n: s.score })}</span>
                <span
                  className={`grid w-full place-items-center rounded-t-xl text-6xl font-black ${PODIUM_LOOK[s.rank] ?? PODIUM_LOOK[3]}`}
                >
                  {s.rank}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="summary-heading">
        <h3 id="summary-heading" className="text-3xl font-semibold">
          {t("summaryHeading")}
        </h3>
        <table className="mt-4 w-full text-left text-lg" data-testid="summary">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th className="py-2 pr-4">#</th>
              <th className="py-2 pr-4">{t("colQuestion")}</th>
              <th className="py-2 pr-4">{t("colAnswer")}</th>
              <th className="py-2 text-right">{t("colRight")}</th>
            </tr>
          </thead>
          <tbody>
            {(view.summary ?? []).map((row) => (
              <tr key={row.index} className="border-b border-slate-200 align-top dark:border-slate-800">
                <td className="py-2 pr-4 tabular-nums">{row.index + 1}</td>
                <td className="py-2 pr-4">{row.prompt[lang]}</td>
                <td className="py-2 pr-4 font-semibold">{row.answer[lang]}</td>
                <td className="whitespace-nowrap py-2 text-right tabular-nums">
                  {row.status === "revealed"
                    ? `${row.correct}/${row.answered}`
                    : row.status === "skipped"
                      ? t("statusSkipped")
                      : t("statusNotAsked")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
