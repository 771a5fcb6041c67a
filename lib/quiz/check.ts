// Checking an answer: a choice, a typed state name (any correct spelling), or an order.
import { parseStateName, type Text } from "@/lib/tcp";
import type { Lang, Question } from "./types";

export type Verdict = { correct: boolean; hint?: string };

const HINT_UNKNOWN: Text = {
  en: "That is not the name of a TCP state. The eleven are listed in RFC 9293 §3.3.2.",
  zh: "这不是 TCP 状态的名称。RFC 9293 §3.3.2 列出了全部十一个状态。",
};

export function checkAnswer(question: Question, response: string | string[], lang: Lang): Verdict {
  if (question.format === "order") {
    const expected = question.answer as string[];
    if (!Array.isArray(response)) return { correct: false };
    if (!question.precedes) return { correct: response.join("\n") === expected.join("\n") };
    // Every order the happens-before relation allows is right: each item after everything that caused it.
    const at = (i: number) => response.indexOf(expected[i] as string);
    const complete = response.length === expected.length && expected.every((item) => response.includes(item));
    return { correct: complete && question.precedes.every(([i, j]) => at(i) < at(j)) };
  }
  if (typeof response !== "string") return { correct: false };
  if (question.format === "choice") return { correct: response === question.answer };

  const match = parseStateName(response);
  switch (match.kind) {
    case "rfc":
    case "alias":
      return { correct: match.state === question.answer };
    case "misspelling":
      return { correct: false, hint: match.note[lang] };
    case "ambiguous":
      return { correct: false, hint: match.note[lang] };
    case "unknown":
      return { correct: false, hint: HINT_UNKNOWN[lang] };
  }
}
