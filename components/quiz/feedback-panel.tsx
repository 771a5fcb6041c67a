"use client";

import Link from "next/link";
import { StepFigure } from "@/components/scenario/step-figure";
import { useT } from "@/lib/i18n/client";
import { localeOfTextLang } from "@/lib/i18n/locales";
import type { Feedback, Lang } from "@/lib/quiz";
import { AnswerText } from "./answer-text";

const rfcUrl = (section: string) => `https://www.rfc-editor.org/rfc/rfc9293#section-${section.replace(/^§/, "")}`;

function show(answer: string | string[], lang: Lang): React.ReactNode {
  if (!Array.isArray(answer)) return <AnswerText value={answer} lang={lang} className="font-mono" />;
  return (
    <ol lang={localeOfTextLang(lang)} className="mt-1 list-decimal pl-6 font-mono text-sm">
      {answer.map((a) => (
        <li key={a}>{a}</li>
      ))}
    </ol>
  );
}

/**
 * Right or wrong, the right answer, why (with the RFC section), the picture, and the way to the animation. The
 * verdict and the links speak the interface's language; the answer, the hint and the explanation are in the quiz's
 * (`lang`), like its questions, and say so with their `lang` attribute.
 */
export function FeedbackPanel({
  feedback,
  lang,
  headingLevel = 3,
}: {
  feedback: Feedback;
  lang: Lang;
  headingLevel?: 2 | 3;
}) {
  const t = useT("quiz");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const questionLocale = localeOfTextLang(lang);
  const figure = feedback.figure;
  const caption =
    figure?.kind === "steps"
      ? // The scenario's title is in the quiz's language: in a caption of the interface's, only when they agree.
        questionLocale === t.locale
        ? t("figureSteps", { title: figure.title, step: figure.highlight })
        : t("figureUpToStep", { step: figure.highlight })
      : t("figureArc");
  return (
    <section
      aria-live="polite"
      data-testid="feedback"
      className={[
        "rounded-xl border p-5",
        feedback.correct
          ? "border-emerald-600/50 bg-emerald-50/60 dark:border-emerald-500/50 dark:bg-emerald-950/40"
          : "border-rose-600/50 bg-rose-50/60 dark:border-rose-500/50 dark:bg-rose-950/40",
      ].join(" ")}
    >
      <Heading className="text-lg font-semibold">{feedback.correct ? t("right") : t("notQuite")}</Heading>
      {!feedback.correct ? (
        <div className="mt-2">
          <span className="font-medium">{t("answerIs")} </span>
          {show(feedback.answer, lang)}
          {feedback.hint ? (
            <p lang={questionLocale} className="mt-2 text-amber-900 dark:text-amber-200">
              {feedback.hint}
            </p>
          ) : null}
        </div>
      ) : null}
      <p lang={questionLocale} className="mt-3 text-slate-800 dark:text-slate-200" data-testid="explanation">
        {feedback.explanation}
      </p>
      <div className="mt-4 grid items-start gap-4 sm:grid-cols-[minmax(0,1fr)_auto]">
        {figure ? <StepFigure figure={figure} caption={caption} /> : <span />}
        <ul className="space-y-2 text-sm">
          <li>
            <Link
              className="font-semibold text-sky-800 underline underline-offset-2 dark:text-sky-300"
              href={feedback.link}
            >
              {t("seeAnimated")}
            </Link>
          </li>
          <li>
            <a
              className="text-slate-700 underline underline-offset-2 dark:text-slate-300"
              href={rfcUrl(feedback.rfc)}
              target="_blank"
              rel="noreferrer"
            >
              RFC 9293 {feedback.rfc}
            </a>
          </li>
        </ul>
      </div>
    </section>
  );
}
