import type { Question } from "./types";

/** A question as `npm run cli -- questions` prints it and /api/v1/questions serves it. */
export function questionJson(q: Question) {
  const { id, type, level, topic, format, prompt, choices, answer, explanation, basis, rfc, link } = q;
  return {
    id,
    type,
    level,
    topic,
    format,
    prompt,
    ...(choices ? { choices } : {}),
    answer,
    explanation,
    basis,
    rfc,
    link,
  };
}
