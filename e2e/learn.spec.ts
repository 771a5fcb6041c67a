import { expect, type Page, test } from "@playwright/test";
import { STEP_MS } from "../lib/animation";
import { translatorFor } from "../lib/i18n/catalogues";
import { play, SCENARIOS, STATE_INFO, scenarioById, type Trace } from "../lib/tcp";
import { englishInChinesePage } from "./support/english-in-chinese";
import { screenshot } from "./support/screenshot";

const traceOf = (id: string): Trace => {
  const scenario = scenarioById(id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return play(scenario);
};

function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return errors;
}

/** Opens a player page and waits until it answers keys and clicks. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId("player")).toHaveAttribute("data-hydrated", "true");
}

const heading = (page: Page, name: string) => page.getByRole("heading", { name, exact: true });

/** Stops the page's clock (installed before it loaded), so only `runFor` moves the player on. */
async function pauseClock(page: Page) {
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
}

test("every scenario plays to its end on its own, with both sides' final states shown", async ({ page }) => {
  const errors = consoleErrors(page);
  await page.clock.install();
  await page.goto("/learn");
  await expect(page.getByTestId("scenario-list").getByRole("listitem")).toHaveCount(SCENARIOS.length);
  for (const scenario of SCENARIOS) {
    const trace = play(scenario);
    const n = trace.steps.length;
    const last = trace.steps.at(-1);
    await open(page, `/learn/${scenario.id}`);
    await expect(heading(page, "Before the first step")).toBeVisible();
    await pauseClock(page);
    await page.getByRole("button", { name: "Play" }).click();
    await expect(heading(page, `Step 1 of ${n}`)).toBeVisible();
    // Each step waits its turn: one step's time moves the player exactly one step on.
    for (let k = 2; k <= n; k++) {
      await page.clock.runFor(STEP_MS);
      await expect(heading(page, `Step ${k} of ${n}`)).toBeVisible();
    }
    await expect(page.getByTestId("narration")).toHaveText(last?.explain.en ?? "");
    await expect(page.getByRole("button", { name: "Replay" })).toBeVisible();
    await expect(page.getByTestId("badge-client")).toContainText(last?.states.client ?? "");
    await expect(page.getByTestId("badge-server")).toContainText(last?.states.server ?? "");
    await expect(page).toHaveURL(new RegExp(`/learn/${scenario.id}\\?step=${n}$`));
  }
  expect(errors).toEqual([]);
});

test("the controls and the keyboard step, scrub, restart and set the speed", async ({ page }) => {
  const teardown = traceOf("teardown");
  const n = teardown.steps.length;
  await page.clock.install();
  await open(page, "/learn/teardown");
  await page.keyboard.press("ArrowRight");
  await expect(heading(page, `Step 1 of ${n}`)).toBeVisible();
  await expect(page.getByTestId("badge-client")).toContainText("FIN-WAIT-1");
  await expect(page.getByTestId("tag-client")).toHaveAttribute("data-place", "FIN-WAIT-1");
  await expect(page.getByTestId("lit-arc")).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  await expect(heading(page, `Step 1 of ${n}`)).toBeVisible();
  // Home and End jump once focus is in the player (on the page itself they scroll it).
  await page.getByRole("button", { name: "Step back" }).focus();
  await page.keyboard.press("End");
  await expect(heading(page, `Step ${n} of ${n}`)).toBeVisible();
  await expect(page.getByTestId("tag-client")).toHaveAttribute("data-place", "CLOSED-end");
  // Stepping with Enter to the last step leaves focus on Next, which says it can go no further.
  const next = page.getByRole("button", { name: "Step forward" });
  await page.keyboard.press("ArrowLeft");
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(heading(page, `Step ${n} of ${n}`)).toBeVisible();
  await expect(next).toBeFocused();
  await expect(next).toHaveAttribute("aria-disabled", "true");
  await page.keyboard.press("Enter");
  await expect(heading(page, `Step ${n} of ${n}`)).toBeVisible();
  await page.getByRole("button", { name: "Restart" }).focus();
  await page.keyboard.press("Home");
  await expect(heading(page, "Before the first step")).toBeVisible();
  await expect(page).toHaveURL(/\/learn\/teardown$/);

  await page.getByRole("slider", { name: "Scrub to a step" }).fill("4");
  await expect(heading(page, `Step 4 of ${n}`)).toBeVisible();
  await expect(page).toHaveURL(/step=4$/);
  await page.getByRole("button", { name: "Step back" }).click();
  await expect(heading(page, `Step 3 of ${n}`)).toBeVisible();
  await page.getByRole("list", { name: "All steps" }).getByRole("button").nth(5).click();
  await expect(heading(page, `Step 6 of ${n}`)).toBeVisible();

  // Space plays (once focus is off the buttons, where Space presses the button); at 2x a step takes half the time.
  await pauseClock(page);
  await page.getByLabel("Speed").selectOption("2");
  await page.getByRole("button", { name: "Restart" }).click();
  await page.getByTestId("narration").click();
  await page.keyboard.press(" ");
  await expect(heading(page, `Step 1 of ${n}`)).toBeVisible();
  await page.clock.runFor(STEP_MS / 2 + 50);
  await expect(heading(page, `Step 2 of ${n}`)).toBeVisible();
  await page.keyboard.press(" ");
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  await page.clock.runFor(STEP_MS * 2);
  await expect(heading(page, `Step 2 of ${n}`)).toBeVisible();
});

test("a deep link lands on its step; a bad step or scenario says so", async ({ page }, testInfo) => {
  const teardown = traceOf("teardown");
  await open(page, "/learn/teardown?step=4");
  await expect(heading(page, `Step 4 of ${teardown.steps.length}`)).toBeVisible();
  await expect(page.getByTestId("narration")).toHaveText(teardown.steps[3]?.explain.en ?? "");
  await expect(page.getByRole("list", { name: "All steps" }).locator("[aria-current=step]")).toContainText("4.");
  await expect(page.getByTestId("badge-client")).toContainText("FIN-WAIT-2");
  await expect(page.getByTestId("badge-server")).toContainText("LAST-ACK");
  await expect(page.getByTestId("tag-server")).toHaveAttribute("data-place", "LAST-ACK");
  await screenshot(page, testInfo, "learn-teardown-step-4");

  await open(page, "/learn/handshake?step=2");
  await expect(page.getByTestId("badge-client")).toContainText("SYN-SENT");
  await screenshot(page, testInfo, "learn-handshake-step-2");

  await page.goto("/learn/teardown?step=99");
  await expect(page.getByRole("main").getByRole("status")).toContainText("steps 1 to 7; showing the start");
  await expect(heading(page, "Before the first step")).toBeVisible();
  expect((await page.goto("/learn/no-such-scenario"))?.status()).toBe(404);
});

test("a waiting side counts its timer down, and a lost segment stops midway", async ({ page }) => {
  const lost = traceOf("handshake-lost-ack");
  const resend = lost.steps.findIndex((s) => s.event === "timeout=RTO") + 1;
  await page.clock.install();
  await open(page, `/learn/handshake-lost-ack?step=${resend - 2}`);
  await pauseClock(page);
  await page.getByRole("button", { name: "Play" }).click();
  await expect(heading(page, `Step ${resend - 1} of ${lost.steps.length}`)).toBeVisible();
  const timer = page.getByTestId("badge-server").getByTestId("timer-RTO");
  await expect(timer).toContainText(`Expires at step ${resend}`);
  await expect(timer).toContainText("1.0 s");
  await page.clock.runFor(STEP_MS / 2);
  await expect(timer).not.toContainText("1.0 s");
  await expect(page.getByRole("list", { name: "All steps" })).toContainText("(lost)");
});

test("with reduced motion the steps change without anything flying", async ({ page }) => {
  await open(page, "/learn/handshake");
  await page.getByRole("button", { name: "Step forward" }).click();
  await page.getByRole("button", { name: "Step forward" }).click();
  await expect(page.getByTestId("flying-segment")).toHaveCount(1);

  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.getByRole("button", { name: "Step forward" }).click();
  await expect(heading(page, "Step 3 of 5")).toBeVisible();
  await expect(page.getByTestId("flying-segment")).toHaveCount(0);
  await expect(page.getByTestId("badge-server")).toContainText("SYN-RECEIVED");
});

test("a state's anchor on the learn page lists its ways out", async ({ page }, testInfo) => {
  await page.goto("/learn#TIME-WAIT");
  const card = page.locator("article#TIME-WAIT");
  await expect(card.getByRole("heading", { name: /TIME-WAIT/ })).toBeVisible();
  await card.getByText(/Ways out of TIME-WAIT/).click();
  await expect(card.getByText("timeout=2MSL → CLOSED")).toBeVisible();
  await screenshot(page, testInfo, "learn-index");
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });
  const zh = translatorFor("zh-CN", "learn");

  test("the learn page, a scenario played step by step and a bad step link, all in Chinese", async ({
    page,
  }, testInfo) => {
    const errors = consoleErrors(page);
    await page.goto("/learn");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh("indexTitle"));
    const list = page.getByTestId("scenario-list");
    await expect(list.getByRole("link", { name: new RegExp(traceOf("teardown").title.zh) })).toBeVisible();
    const card = page.locator("article#TIME-WAIT");
    await card.getByText("离开 TIME-WAIT 的途径").click();
    await expect(card.getByText("timeout=2MSL → CLOSED")).toBeVisible();
    await expect(card).toContainText("主动关闭方");
    expect(await englishInChinesePage(page)).toEqual([]);
    await screenshot(page, testInfo, "learn-index-zh");

    const teardown = traceOf("teardown");
    const n = teardown.steps.length;
    await open(page, "/learn/teardown?step=3");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(teardown.title.zh);
    await expect(heading(page, `第 3 步（共 ${n} 步）`)).toBeVisible();
    await page.getByRole("button", { name: "前进一步" }).click();
    await expect(heading(page, `第 4 步（共 ${n} 步）`)).toBeVisible();
    // The player narrates in Chinese, and says nothing in English beside it.
    await expect(page.getByTestId("narration")).toHaveText(teardown.steps[3]?.explain.zh ?? "");
    await expect(page.getByRole("main")).not.toContainText(teardown.steps[3]?.explain.en ?? "");
    await expect(page.getByTestId("badge-client")).toContainText("客户端");
    await expect(page.getByTestId("badge-client")).toContainText("FIN-WAIT-2");
    await expect(page.getByTestId("badge-server")).toContainText("LAST-ACK");
    await expect(page.getByRole("list", { name: "全部步骤" }).locator("[aria-current=step]")).toContainText("4.");
    await expect(page.getByRole("slider", { name: "拖动到某一步" })).toHaveAttribute(
      "aria-valuetext",
      `第 4 步（共 ${n} 步）`,
    );
    expect(await englishInChinesePage(page)).toEqual([]);
    await screenshot(page, testInfo, "learn-teardown-step-4-zh");

    await page.goto("/learn/handshake-lost-ack?step=2");
    await expect(page.getByTestId("badge-client").getByTestId("timer-RTO")).toContainText("重传计时器");
    await expect(page.getByTestId("badge-client").getByTestId("timer-RTO")).toContainText("1.0 秒");
    expect(await englishInChinesePage(page)).toEqual([]);
    await screenshot(page, testInfo, "learn-lost-ack-zh");

    await page.goto("/learn/teardown?step=99");
    await expect(page.getByRole("main").getByRole("status")).toHaveText(zh("stepOutOfRange", { last: n }));
    await expect(heading(page, "第一步之前")).toBeVisible();
    expect(errors).toEqual([]);

    // The check these pages pass does notice English left in a Chinese page (and not when it is marked lang="en").
    const english = STATE_INFO["TIME-WAIT"].meaning.en;
    await page.evaluate((text) => {
      const main = document.querySelector("main");
      for (const lang of ["en", ""]) {
        const p = document.createElement("p");
        p.textContent = `${text} (${lang || "unmarked"})`;
        if (lang) p.lang = lang;
        main?.append(p);
      }
    }, english);
    expect(await englishInChinesePage(page)).toEqual([`${english} (unmarked)`]);
  });
});
