// An assignment's questions as a download: the quiz its students get when it has one quiz for everyone (a sample of
// the same kind otherwise), in the language its questions were set in (the file's own words too), whatever language
// the teacher's interface is in.
import type { AssignmentRecord } from "@/lib/db";
import { giftText, markdownText, quizQuestions } from "@/lib/quiz";
import { teacherSpec } from "./assignments";

/** The file name: the title's letters and digits (any script), dashes for the rest. */
export function exportSlug(title: string): string {
  return (
    title
      .replace(/[^\p{L}\p{N}_-]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "quiz"
  );
}

export function assignmentFile(a: AssignmentRecord, kind: "gift" | "md"): Response {
  const questions = quizQuestions(teacherSpec(a));
  const body =
    kind === "gift" ? giftText(a.title, questions, a.spec.lang) : markdownText(a.title, questions, a.spec.lang);
  const name = `${exportSlug(a.title)}.${kind === "gift" ? "gift.txt" : "md"}`;
  // An ASCII name for old clients, the real one (RFC 6266 filename*) for the rest: a Chinese title stays Chinese.
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(body, {
    headers: {
      "content-type": kind === "gift" ? "text/plain; charset=utf-8" : "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "cache-control": "no-store",
    },
  });
}

/** What a route answers anyone who does not teach the assignment's class (a guessed id reads as nothing). */
export function notYours(message: string): Response {
  return new Response(`${message}\n`, {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
