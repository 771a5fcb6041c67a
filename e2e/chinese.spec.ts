import { expect, test } from "@playwright/test";
import { englishIn } from "./support/english-in-chinese";
import { PAGE_ROUTES } from "./support/routes";
import { screenshot } from "./support/screenshot";

/**
 * The interface in Simplified Chinese: chosen from the browser, switched in the header and remembered; and a
 * sweep of every page for English left in the Chinese interface (outside what is English on purpose: code,
 * keyboard keys, and text marked lang="en").
 */

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
    // The headline breaks between words only ("一个状态", never "一个状" / "态"): no break inside a word, a <wbr>
    // between words.
    const headline = page.getByRole("heading", { level: 1 }).locator("[data-phrases]");
    await expect(headline).toHaveCSS("word-break", "keep-all");
    expect(await headline.locator("wbr").count()).toBeGreaterThan(5);
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
      ...PAGE_ROUTES,
      "/learn/handshake?step=2",
      // An arrival's checks, a forged segment, an old duplicate, a backed-off timer, a Linux note, a reboot.
      "/learn/forged-rst?step=1",
      "/learn/old-duplicate-syn?step=3",
      "/learn/handshake-lost-synack?step=5",
      "/learn/abort?step=1",
      "/learn/half-open?step=1",
      "/learn/sandbox?start=established&moves=cB.sS.cD",
      "/no-such-page",
    ];
    const report: string[] = [];
    for (const route of routes) {
      await page.goto(route);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      for (const text of await englishIn(page)) report.push(`${route}: ${text}`);
    }
    // A quiz in progress and its results.
    await page.goto("/");
    await page.getByRole("button", { name: "快速来 10 道题" }).click();
    await expect(page).toHaveURL(/\/quiz\/[^/]+$/);
    for (const text of await englishIn(page)) report.push(`quiz: ${text}`);
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
