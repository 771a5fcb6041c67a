import { keptBack } from "@/lib/attempts/withheld";
import { currentLearner } from "@/lib/auth/current-learner";
import { allAnswers, type QuizSpec, reviewsSince } from "@/lib/db";
import { csvTable } from "@/lib/http/csv";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { localeOfRequest } from "@/lib/i18n/server";
import { questionRef, quizQuestions } from "@/lib/quiz";
import { GRADE_NAME, isGrade } from "@/lib/srs";

/**
 * GET /me/history.csv: every quiz answer and flashcard rating of this browser's learner, oldest first. The file is
 * data, the same in every language (English column names and rating names); only the refusal is translated.
 */
export async function GET(request: Request): Promise<Response> {
  // A download is no page: it finds the browser's guest, and makes none for a cookie nobody was given.
  const learner = await currentLearner({ newGuest: false });
  if (!learner) {
    const t = globalTranslatorFor(localeOfRequest(request));
    return new Response(`${t("progress.historyNoProfile")}\n`, {
      status: 401,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const [answers, reviews, hidden] = await Promise.all([
    allAnswers(learner.id),
    reviewsSince(learner.id, new Date(0)),
    keptBack(learner.id),
  ]);
  // An answer of an attempt whose right answers are kept back names its question as the quiz page does ("q3") and
  // leaves `correct` empty: the question's own id and whether it was right are what the assignment keeps back.
  const refs = new Map<string, Map<string, string>>();
  const refOf = (attemptId: string, questionId: string): string => {
    let byId = refs.get(attemptId);
    if (!byId) {
      byId = new Map(quizQuestions(hidden.get(attemptId) as QuizSpec).map((q, i) => [q.id, questionRef(i)]));
      refs.set(attemptId, byId);
    }
    return byId.get(questionId) ?? "";
  };
  const rows = [
    ...answers.map((a) => ({
      at: a.createdAt,
      row:
        a.attemptId && hidden.has(a.attemptId)
          ? [a.createdAt.toISOString(), a.source, refOf(a.attemptId, a.questionId), a.response, null, a.durationMs]
          : [a.createdAt.toISOString(), a.source, a.questionId, a.response, a.correct, a.durationMs],
    })),
    ...reviews.map((r) => ({
      at: r.reviewedAt,
      row: [
        r.reviewedAt.toISOString(),
        "flashcard",
        r.cardId,
        isGrade(r.rating) ? GRADE_NAME[r.rating] : String(r.rating),
        r.rating > 1,
        r.durationMs,
      ],
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const csv = csvTable(
    ["time", "source", "item", "answer_or_rating", "correct", "duration_ms"],
    rows.map((r) => r.row),
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="synack-history.csv"`,
      "cache-control": "no-store",
    },
  });
}
