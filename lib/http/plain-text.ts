// Names and titles people type (a display name, a class name, an assignment's title): one line of ordinary text of a
// bounded length. Pure, with no dependencies, so the sign-up form runs the same check in the browser as the server.

/**
 * What is not ordinary text: C0 and C1 controls (NUL, tabs, line breaks, ESC…), lone surrogates, and the invisible
 * characters that reorder or hide what is shown around them: bidirectional embeddings, overrides and isolates
 * (U+202A-U+202E, U+2066-U+2069), the direction marks (U+200E, U+200F, U+061C), the line and paragraph separators
 * (U+2028, U+2029), the zero-width no-break space U+FEFF and the interlinear annotation marks U+FFF9-U+FFFB.
 */
const NOT_TEXT = /[\p{Cc}\p{Cs}\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]/u;

/** Whether the text holds a character that is not ordinary text (see NOT_TEXT). */
export function hasControlCharacters(text: string): boolean {
  return NOT_TEXT.test(text);
}

/** Characters as a reader counts them: code points, so one emoji or CJK character outside the BMP counts once. */
export function characterCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export type LineProblem = "empty" | "too-long" | "not-text";

/** What is wrong with a one-line name of at most `max` characters, already trimmed; null when nothing is. */
export function lineProblem(text: string, max: number): LineProblem | null {
  if (text.length === 0) return "empty";
  // Length first: a 100,000-character name is refused for its length before it is scanned.
  if (text.length > max * 2 || characterCount(text) > max) return "too-long";
  if (hasControlCharacters(text)) return "not-text";
  return null;
}

/** A name as it is kept: trimmed, and in Unicode's composed form (NFC), so "é" typed two ways is one name. */
export function tidyLine(text: string): string {
  return text.trim().normalize("NFC");
}
