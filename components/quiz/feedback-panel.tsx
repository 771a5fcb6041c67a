import Link from "next/link";
import { StepFigure } from "@/components/scenario/step-figure";
import type { Feedback } from "@/lib/quiz";

const rfcUrl = (section: string) => `https://www.rfc-editor.org/rfc/rfc9293#section-${section.replace(/^§/, "")}`;

function show(answer: string | string[]): React.ReactNode {
  if (!Array.isArray(answer)) return <span className="font-mono">{answer}</span>;
  return (
    <ol className="mt-1 list-decimal pl-6 font-mono text-sm">
      {answer.map((a) => (
        <li key={a}>{a}</li>
      ))}
    </ol>
  );
}

/** Right or wrong, the right answer, why (with the RFC section), the picture, and the way to the animation. */
export function FeedbackPanel({ feedback, headingLevel = 3 }: { feedback: Feedback; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
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
      <Heading className="text-lg font-semibold">{feedback.correct ? "✓ Right" : "✕ Not quite"}</Heading>
      {!feedback.correct ? (
        <div className="mt-2">
          <span className="font-medium">The answer is </span>
          {show(feedback.answer)}
          {feedback.hint ? <p className="mt-2 text-amber-900 dark:text-amber-200">{feedback.hint}</p> : null}
        </div>
      ) : null}
      <p className="mt-3 text-slate-800 dark:text-slate-200" data-testid="explanation">
        {feedback.explanation}
      </p>
      <div className="mt-4 grid items-start gap-4 sm:grid-cols-[minmax(0,1fr)_auto]">
        {feedback.figure ? (
          <StepFigure
            figure={feedback.figure}
            caption={
              feedback.figure.kind === "steps"
                ? `${feedback.figure.title}, up to step ${feedback.figure.highlight}`
                : "The arc in RFC 9293's state diagram"
            }
          />
        ) : (
          <span />
        )}
        <ul className="space-y-2 text-sm">
          <li>
            <Link
              className="font-semibold text-sky-800 underline underline-offset-2 dark:text-sky-300"
              href={feedback.link}
            >
              See it animated →
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
