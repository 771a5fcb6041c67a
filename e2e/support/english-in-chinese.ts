import type { Page } from "@playwright/test";

/**
 * English left in a Chinese page's main content: text, and the labels a screen reader speaks (aria-label, title),
 * outside lang="en", <code> and <kbd>. A piece counts as English when it has no Chinese in it and two or more
 * lowercase English words that are not notation (socket calls such as connect(), seq/ack, RFC 9293's event names);
 * Chinese sentences naming technical terms (SYN cookie, keep-alive) are Chinese.
 */
export async function englishInChinesePage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const NOTATION = new Set(["seq", "ack", "rcv", "snd", "netstat", "timeout"]);
    const SKIP = '[lang="en"], code, kbd, script, style, [aria-hidden="true"]';
    const englishWords = (text: string) =>
      /[\u3400-\u9fff]/.test(text)
        ? 0
        : (text.replace(/\b\w+\([^)]*\)/g, " ").match(/\b[a-z][a-z']{2,}\b/g) ?? []).filter((w) => !NOTATION.has(w))
            .length;
    const main = document.querySelector("main");
    if (!main) return ["no <main>"];
    const found: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      if (node.parentElement?.closest(SKIP)) continue;
      if (englishWords(text) >= 2) found.push(text.trim());
    }
    for (const el of main.querySelectorAll("[aria-label], [title]")) {
      if (el.closest('[lang="en"]')) continue;
      for (const attr of ["aria-label", "title"]) {
        const value = el.getAttribute(attr);
        if (value && englishWords(value) >= 2) found.push(`${attr}="${value}"`);
      }
    }
    return found;
  });
}
