// An assignment's questions as a download: the quiz generated from the assignment's own seed.
import type { AssignmentRecord } from "@/lib/db";
import { giftText, markdownText, quizQuestions } from "@/lib/quiz";

export function assignmentFile(a: AssignmentRecord, kind: "gift" | "md"): Response {
  const questions = quizQuestions({ ...a.spec, seed: a.seed, only: null });
  const body = kind === "gift" ? giftText(a.title, questions) : markdownText(a.title, questions);
  const slug =
    a.title
      .replace(/[^\w-]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "quiz";
  return new Response(body, {
    headers: {
      "content-type": kind === "gift" ? "text/plain; charset=utf-8" : "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${slug}.${kind === "gift" ? "gift.txt" : "md"}"`,
      "cache-control": "no-store",
    },
  });
}

/** What a route answers anyone who does not teach the assignment's class (a guessed id reads as nothing). */
export function notYours(): Response {
  return new Response("No such assignment among the classes you teach.\n", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
