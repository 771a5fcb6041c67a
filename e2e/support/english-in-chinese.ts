import type { Locator, Page } from "@playwright/test";

/**
 * English left in (part of) a page of the Chinese interface: its text, and the labels a screen reader speaks
 * (aria-label, title, placeholder, alt), outside what is English on purpose — text marked lang="en" (or another
 * language of its own), <code>, <kbd>, <pre>, and `skip`. One rule for every Chinese journey:
 * - a piece with no Chinese in it is English when it has a word of four letters or more, or two words;
 * - a piece with Chinese in it is English when it has a phrase of three English words in a row (a Chinese sentence
 *   may name a term, "SYN cookie", "keep-alive", or give a term's English name in brackets, but not carry an
 *   English clause).
 * Words are lowercase-bearing; notation (seq, ack, rcv, socket calls such as connect()) and names (SynAck, Linux,
 * Anki...) are not words. Returns the offending pieces, trimmed.
 */
export async function englishIn(scope: Page | Locator, skip = ""): Promise<string[]> {
  const root = "evaluateHandle" in scope && "goto" in scope ? scope.locator("body") : scope;
  const pieces = await root.evaluate((el, skipped) => {
    const off = `[lang]:not(html):not([lang^="zh"]), code, kbd, pre, script, style${skipped ? `, ${skipped}` : ""}`;
    const out: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.trim() && !node.parentElement?.closest(off)) out.push(node.textContent);
    }
    for (const e of [el, ...el.querySelectorAll("[aria-label],[title],[placeholder],[alt]")]) {
      if (e.closest(off)) continue;
      for (const attr of ["aria-label", "title", "placeholder", "alt"]) {
        const v = e.getAttribute(attr);
        if (v) out.push(v);
      }
    }
    if (el === document.body) out.push(document.title);
    return out;
  }, skip);
  return pieces.map((p) => p.trim()).filter(isEnglish);
}

const NAMES = new Set(
  [
    "SynAck",
    "Syn",
    "Ack",
    "seq",
    "ack",
    "rcv",
    "snd",
    "ss",
    "netstat",
    "tcpdump",
    "iproute",
    "Linux",
    "FreeBSD",
    "macOS",
    "Windows",
    "Anki",
    "Moodle",
    "Markdown",
    "GIFT",
    "CSV",
    "FSRS",
    "Cookie",
    "English",
  ].map((w) => w.toLowerCase()),
);

const CJK = /[\u3400-\u9fff]/;

export function isEnglish(text: string): boolean {
  const cleaned = text
    // A Chinese term may give its English name in brackets: 最大报文段生存时间（Maximum Segment Lifetime）.
    .replace(/（[A-Za-z][A-Za-z' -]*）/g, " ")
    .replace(/\S+@\S+|https?:\/\/\S+/g, " ")
    .replace(/\b\w+\([^)]*\)/g, " ")
    .replace(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+/g, " | ");
  const isWord = (w: string) => /[a-z]/.test(w) && !NAMES.has(w.toLowerCase());
  const words = (cleaned.match(/[A-Za-z][A-Za-z']*/g) ?? []).filter(isWord);
  if (!CJK.test(text)) return words.some((w) => w.length >= 4) || words.length >= 2;
  return cleaned
    .split(/[^A-Za-z' -]+/)
    .some((segment) => (segment.match(/[A-Za-z][A-Za-z']*/g) ?? []).filter(isWord).length >= 3);
}

/**
 * The stricter rule for the text around a quiz's questions, where notation is marked too: two words in a row, the
 * second lowercase ("rcv data", "Next question"). Notation in capitals ("rcv SYN", "FIN-WAIT-1") passes.
 */
export function hasTwoEnglishWords(text: string): boolean {
  return /\b[A-Za-z][a-z]+\s+[a-z]{2,}\b/.test(text);
}

/** The same check on a page's <main> (the journeys of one area). */
export function englishInChinesePage(page: Page): Promise<string[]> {
  return englishIn(page.locator("main"));
}
