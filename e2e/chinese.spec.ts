import { expect, type Page, test } from "@playwright/test";
import { screenshot } from "./support/screenshot";

/**
 * The interface in Simplified Chinese: chosen from the browser, switched in the header and remembered; and a
 * sweep of every page for English left in the Chinese interface (outside what is English on purpose: code,
 * keyboard keys, and text marked lang="en").
 */

/** Words that are the same in Chinese text: names, notation, products. */
const ALLOWED = new Set(
  [
    "SynAck",
    "Syn",
    "Ack",
    "seq",
    "ack",
    "ss",
    "netstat",
    "tcpdump",
    "Linux",
    "Anki",
    "Moodle",
    "Markdown",
    "GIFT",
    "CSV",
    "FSRS",
    "Cookie",
    "English",
    "Guest",
  ].map((w) => w.toLowerCase()),
);

type Finding = { where: string; text: string };

/** English in the page outside code/kbd/lang="en": runs of two or more words, or single words of four letters or more. */
async function englishIn(page: Page): Promise<Finding[]> {
  const pieces = await page.evaluate(() => {
    const skip = (el: Element | null) =>
      Boolean(el?.closest('[lang="en"], [lang^="en-"], code, kbd, pre, script, style, noscript, template'));
    const out: { where: string; text: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.textContent?.trim() || skip(el)) continue;
      out.push({ where: el?.tagName.toLowerCase() ?? "?", text: node.textContent });
    }
    for (const el of document.body.querySelectorAll("[aria-label],[title],[placeholder],[alt]")) {
      if (skip(el)) continue;
      for (const attr of ["aria-label", "title", "placeholder", "alt"]) {
        const v = el.getAttribute(attr);
        if (v) out.push({ where: `${el.tagName.toLowerCase()}[${attr}]`, text: v });
      }
    }
    out.push({ where: "title", text: document.title });
    return out;
  });
  const findings: Finding[] = [];
  for (const { where, text } of pieces) {
    const words = (text.match(/[A-Za-z][A-Za-z']*/g) ?? []).filter(
      (w) => /[a-z]/.test(w) && !ALLOWED.has(w.toLowerCase()),
    );
    const run = /[A-Za-z]*[a-z][A-Za-z']*(?:[ ,]+[A-Za-z]*[a-z][A-Za-z']*)+/.exec(text)?.[0];
    const runIsEnglish = run?.split(/[ ,]+/).some((w) => !ALLOWED.has(w.toLowerCase()));
    if (runIsEnglish || words.some((w) => w.length >= 4)) findings.push({ where, text: text.trim().slice(0, 120) });
  }
  return findings;
}

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("a Chinese browser gets the Chinese interface, and the choice of English is remembered", async ({
    page,
    isMobile,
  }, testInfo) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("三次握手");
    await expect(page).toHaveTitle(/三次握手/);
    await screenshot(page, testInfo, "zh-home");

    if (isMobile) await page.getByText("菜单", { exact: true }).click();
    await page
      .getByTestId("language-switcher")
      .filter({ visible: true })
      .getByRole("button", { name: "English" })
      .click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("handshake and teardown");

    // Remembered: a reload and another page stay English although the browser asks for Chinese.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("handshake and teardown");
    await page.goto("/quiz");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("no page of the Chinese interface shows English outside code and text marked English", async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    const routes = [
      "/",
      "/learn",
      "/learn/handshake?step=2",
      "/learn/sandbox",
      "/quiz",
      "/flashcards",
      "/flashcards/everything",
      "/me",
      "/interview",
      "/interview/mock",
      "/interview/cheat-sheet",
      "/classes",
      "/classes/join",
      "/sign-in",
      "/sign-up",
      "/no-such-page",
    ];
    const report: string[] = [];
    for (const route of routes) {
      await page.goto(route);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      for (const f of await englishIn(page)) report.push(`${route} ${f.where}: ${f.text}`);
    }
    // A quiz in progress and its results.
    await page.goto("/");
    await page.getByRole("button", { name: "快速来 10 道题" }).click();
    await expect(page).toHaveURL(/\/quiz\/[^/]+$/);
    for (const f of await englishIn(page)) report.push(`quiz ${f.where}: ${f.text}`);
    await screenshot(page, testInfo, "zh-quiz");
    expect(report).toEqual([]);
  });
});

test("an English browser can switch to Chinese, and every page then stays Chinese", async ({
  page,
  context,
  isMobile,
}, testInfo) => {
  await page.goto("/learn");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  if (isMobile) {
    await page.getByText("Menu", { exact: true }).click();
    await screenshot(page, testInfo, "menu-with-languages");
  }
  await page.getByTestId("language-switcher").filter({ visible: true }).getByRole("button", { name: "中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page).toHaveURL(/\/learn$/);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("三次握手");
  const cookie = (await context.cookies()).find((c) => c.name === "synack_locale");
  expect(cookie?.value).toBe("zh-CN");
  expect(cookie?.expires ?? 0).toBeGreaterThan(Date.now() / 1000 + 300 * 24 * 3600);
});
