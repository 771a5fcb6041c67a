import { expect, type Locator, type Page, type TestInfo, test } from "@playwright/test";
import { STEP_MS, storyOf } from "../lib/animation";
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
  // Every step of every scenario, each waiting for its turn on the page's clock.
  test.setTimeout(SCENARIOS.length * 15_000);
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
    if (!last) throw new Error(`${scenario.id} has no steps`);
    await expect(page.getByTestId("narration")).toHaveText(storyOf(last).narration.en);
    await expect(page.getByRole("button", { name: "Replay" })).toBeVisible();
    for (const role of ["client", "server"] as const) {
      const sndNxt = last.tcb[role].sndNxt;
      await expect(page.getByTestId(`tcb-${role}`).locator("[data-field='SND.NXT']")).toContainText(
        sndNxt === null ? "—" : String(sndNxt),
      );
    }
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

/** Shows a player page in both colour schemes, taking a screenshot of each. */
async function bothSchemes(page: Page, testInfo: TestInfo, name: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await screenshot(page, testInfo, `${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("each side's TCB after the step, the values it changed marked, blanks where the state has none", async ({
  page,
}) => {
  await open(page, "/learn/handshake?step=3");
  const server = page.getByTestId("tcb-server");
  const row = (scope: Locator, name: string) => scope.locator(`[data-field='${name}']`);
  // The SYN,ACK is sent: SND.NXT = ISS + 1, new at this step (marked Δ and said so); the window was there before.
  await expect(row(server, "SND.NXT")).toContainText("9001");
  await expect(row(server, "SND.NXT")).toContainText("Δ");
  await expect(row(server, "SND.NXT")).toHaveAttribute("data-changed", "true");
  await expect(row(server, "SND.NXT").getByText("(changed at this step)")).toBeAttached();
  await expect(row(server, "RCV.WND")).toHaveAttribute("data-changed", "false");
  // SND.WND waits for an acceptable ACK: a blank, named for what it is.
  await expect(row(server, "SND.WND")).toContainText("—");
  await expect(row(server, "SND.WND").getByText("none in SYN-RECEIVED")).toBeAttached();
  await expect(page.getByTestId("tcb-client").locator("[data-changed=true]")).toHaveCount(0);
  await page.getByRole("button", { name: "Step forward" }).click();
  await expect(row(page.getByTestId("tcb-client"), "SND.UNA")).toHaveAttribute("data-changed", "true");
  await expect(row(page.getByTestId("tcb-client"), "SND.UNA")).toContainText("4001");
});

test("an arriving segment's checks, in §3.10.7's order, open from the keyboard and stay open from step to step", async ({
  page,
}, testInfo) => {
  await open(page, "/learn/forged-rst?step=1");
  const checks = page.getByTestId("checks");
  const summary = checks.locator("summary");
  await expect(summary).toHaveText(
    "How the server checked the segment (RFC 9293 §3.10.7): 2 checks, settled by the RST bit",
  );
  // Folded at first, so the diagrams stay in view.
  await expect(checks.getByRole("listitem").first()).toBeHidden();
  await summary.focus();
  await page.keyboard.press("Enter");
  const items = checks.getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText("sequence number: SEG.SEQ = 5001");
  await expect(items.nth(1)).toContainText("RST bit: RST at 5001, inside the window but not RCV.NXT (4001)");
  await expect(items.nth(1)).toContainText("settled here");
  await expect(items.nth(0)).not.toContainText("settled here");
  await expect(page.getByTestId("checks-order")).toHaveText(
    "In ESTABLISHED, §3.10.7.4 checks an arriving segment in this order: sequence number, RST bit, security, SYN bit, ACK field, URG bit, segment text, FIN bit. A check that settles the segment ends there, so a segment outside the window is dropped before its RST or SYN bit counts.",
  );
  // Space on the summary folds it; the player does not take the key.
  await page.keyboard.press(" ");
  await expect(items.first()).toBeHidden();
  await expect(heading(page, "Step 1 of 2")).toBeVisible();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Step forward" }).click();
  await expect(heading(page, "Step 2 of 2")).toBeVisible();
  await expect(checks.getByRole("listitem")).toHaveCount(8);
  await expect(checks.getByRole("listitem").first()).toBeVisible();
  await page.getByRole("button", { name: "Step back" }).click();
  await bothSchemes(page, testInfo, "learn-forged-rst-step-1");

  // A LISTEN socket has checks of its own, not the synchronized states' order.
  await open(page, "/learn/handshake?step=3");
  await page.getByTestId("checks").locator("summary").click();
  await expect(page.getByTestId("checks-order")).toContainText("LISTEN has checks of its own (RFC 9293 §3.10.7.2)");
  // A user call checks nothing.
  await page.getByRole("button", { name: "Step back" }).click();
  await expect(page.getByTestId("checks")).toHaveCount(0);
});

test("forged and old duplicate segments come in from outside both lifelines, labelled", async ({ page }, testInfo) => {
  await open(page, "/learn/forged-rst?step=1");
  const forged = page.getByTestId("injected-segment");
  await expect(forged).toHaveAttribute("data-origin", "forged");
  await expect(forged).toContainText("attacker");
  await expect(forged).toContainText("RST");
  await expect(forged).toContainText("seq=5001");
  await expect(page.getByTestId("narration")).toContainText("receives a forged RST seq=5001");
  // The arrow starts beyond the server's lifeline, outside the strip between the two sides.
  const line = forged.locator("line");
  const [x1, x2] = await Promise.all([line.getAttribute("x1"), line.getAttribute("x2")]);
  expect(Number(x1)).toBeGreaterThan(Number(x2));

  await open(page, "/learn/old-duplicate-syn?step=3");
  const old = page.getByTestId("injected-segment");
  await expect(old).toHaveAttribute("data-origin", "old duplicate");
  await expect(old).toContainText("the network's past");
  await expect(old).toContainText("SYN");
  await expect(page.getByTestId("narration")).toContainText("an old duplicate SYN");
  // Before the step that receives it, it is not drawn.
  await page.getByRole("button", { name: "Step back" }).click();
  await expect(page.getByTestId("injected-segment")).toHaveCount(0);
  await page.getByRole("button", { name: "Step forward" }).click();
  await bothSchemes(page, testInfo, "learn-old-duplicate-syn-step-3");
});

test("the retransmission timer backs off 1 s, 2 s; the 2MSL badge gives Linux's 60 s and RFC 9293's 4 minutes", async ({
  page,
}, testInfo) => {
  await open(page, "/learn/handshake-lost-synack?step=3");
  await expect(page.getByTestId("badge-client").getByTestId("timer-RTO")).toContainText("1.0 s");
  await page.getByRole("button", { name: "Step forward" }).click();
  // Step 4: the client's timer expired and resent the SYN; it now runs for 2 s, and says it started again.
  const client = page.getByTestId("badge-client").getByTestId("timer-RTO");
  await expect(client).toContainText("2.0 s");
  await expect(client.getByTestId("timer-restarted")).toHaveText(
    "↻ Started again, backed off from 1 s to 2 s (RFC 6298 §5.5).",
  );
  await expect(page.getByTestId("badge-server").getByTestId("timer-RTO")).toContainText("1.0 s");
  await expect(page.getByTestId("badge-server").getByTestId("timer-restarted")).toHaveCount(0);
  await expect(page.getByTestId("narration")).toContainText("The timer now runs for 2 s.");
  await bothSchemes(page, testInfo, "learn-handshake-lost-synack-step-4");
  await page.getByRole("slider", { name: "Scrub to a step" }).fill("7");
  await expect(page.getByTestId("badge-server").getByTestId("timer-RTO")).toContainText("2.0 s");

  await open(page, "/learn/teardown-lost-ack?step=7");
  const msl = page.getByTestId("badge-client").getByTestId("timer-2MSL");
  await expect(msl).toContainText("Linux: 60 s");
  await expect(msl).toContainText("RFC 9293 takes MSL as 2 minutes, so 2MSL is 4 minutes");
  await expect(msl.getByTestId("timer-restarted")).toContainText("the FIN came again");
  await page.getByRole("button", { name: "Step back" }).click();
  await expect(msl.getByTestId("timer-restarted")).toHaveCount(0);
});

test("where Linux differs from the RFC, a Linux note of its own; arcs the figure does not draw are dashed", async ({
  page,
}) => {
  const abort = traceOf("abort");
  const why = abort.steps[0]?.transition.linux?.why.en ?? "";
  expect(why).not.toBe("");
  await open(page, "/learn/abort?step=1");
  await expect(page.getByTestId("linux-note")).toHaveText(`Linux: ${why}`);
  await expect(page.getByTestId("narration")).not.toContainText("Linux:");
  await expect(page.getByTestId("lit-arc")).toHaveAttribute("data-dashed", "true");
  await page.getByRole("button", { name: "Step forward" }).click();
  await expect(page.getByTestId("linux-note")).toHaveCount(0);

  await open(page, "/learn/half-open?step=1");
  await expect(page.getByTestId("lit-arc")).toHaveAttribute("data-dashed", "true");
  await expect(page.getByRole("main")).toContainText("a host failure, not a rule of TCP");
  await open(page, "/learn/handshake?step=2");
  await expect(page.getByTestId("lit-arc")).toHaveAttribute("data-dashed", "false");
});

test("on a 390 px phone the TCB panels, the checks and an injected segment fit without sideways scrolling", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const url of [
    "/learn/forged-rst?step=1",
    "/learn/handshake-lost-synack?step=4",
    "/learn/sandbox?start=established",
  ]) {
    await page.goto(url);
    const checks = page.getByTestId("checks").locator("summary");
    if (await checks.count()) await checks.click();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, url).toBeLessThanOrEqual(390);
    for (const role of ["client", "server"] as const) {
      const box = await page.getByTestId(`tcb-${role}`).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390, `${url} ${role}`).toBe(true);
    }
  }
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

  // An injected segment is drawn where it arrives, without flying in.
  await page.goto("/learn/forged-rst");
  await expect(page.getByTestId("player")).toHaveAttribute("data-hydrated", "true");
  await page.getByRole("button", { name: "Step forward" }).click();
  await expect(page.getByTestId("injected-segment")).toBeVisible();
  await expect(page.getByTestId("flying-segment")).toHaveCount(0);
});

test("a state's anchor on the learn page lists its ways out", async ({ page }, testInfo) => {
  await page.goto("/learn#TIME-WAIT");
  const card = page.locator("article#TIME-WAIT");
  await expect(card.getByRole("heading", { name: /TIME-WAIT/ })).toBeVisible();
  await card.getByText(/Ways out of TIME-WAIT/).click();
  await expect(card.getByText("timeout=2MSL → CLOSED")).toBeVisible();
  await screenshot(page, testInfo, "learn-index");
});

/** Whether a computed colour is a saturated blue (Tailwind's sky), as Chromium reports it: lab(), oklch() or rgb(). */
function isBlue(colour: string): boolean {
  const lab = colour.match(/^(?:ok)?lab\(([\d.]+)%? (-?[\d.]+) (-?[\d.]+)/);
  // Sky's b* is -30 to -50; the slate greys behind other controls stay above -15.
  if (lab) return Number(lab[3]) < -25 && Number(lab[3]) < -Math.abs(Number(lab[2]));
  const oklch = colour.match(/^oklch\(([\d.]+)%? ([\d.]+) ([\d.]+)/);
  if (oklch) return Number(oklch[2]) > 0.05 && Number(oklch[3]) > 200 && Number(oklch[3]) < 260;
  const rgb = colour.match(/^rgba?\((\d+), (\d+), (\d+)/);
  return rgb ? Number(rgb[3]) > Number(rgb[1]) + 60 : false;
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`Play keeps its blue and its white label under the pointer, in ${colorScheme} mode; the card says where, not "playing"`, async ({
    page,
    isMobile,
  }) => {
    test.skip(isMobile, "a phone has no pointer to hover with");
    await page.emulateMedia({ colorScheme });
    await open(page, "/learn/handshake");
    const play = page.getByTestId("player").getByRole("button", { name: "Play" });
    const colours = () =>
      play.evaluate((el) => {
        const style = getComputedStyle(el);
        return { background: style.backgroundColor, text: style.color };
      });
    const still = await colours();
    await play.hover();
    // Tailwind's sky-700 at rest and sky-800 (light) or sky-600 (dark) under the pointer; the label stays white.
    await expect.poll(async () => (await colours()).background).not.toBe(still.background);
    const hovered = await colours();
    expect(hovered.text).toBe("rgb(255, 255, 255)");
    expect(isBlue(hovered.background), hovered.background).toBe(true);
    await play.click();
    await page.getByTestId("player").getByRole("button", { name: "Pause" }).click();
    const card = page.getByTestId("scenario-list").getByRole("link", { name: /Three-way handshake/ });
    await expect(card).toContainText("in the player above");
    await expect(card).not.toContainText("playing");
  });
}

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });
  const zh = translatorFor("zh-CN", "learn");

  test("the learn page, a scenario played step by step and a bad step link, all in Chinese", async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
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

    // The new panels speak Chinese too: the TCB, the checks (opened), an injected segment, a backed-off timer, a
    // Linux note and the 2MSL badge.
    await open(page, "/learn/forged-rst?step=1");
    await page.getByTestId("checks").locator("summary").click();
    await expect(page.getByTestId("checks").getByRole("listitem").nth(1)).toContainText("由此决定");
    await expect(page.getByTestId("checks-order")).toContainText("序号、RST 位、安全级别");
    await expect(page.getByTestId("injected-segment")).toContainText("攻击者");
    await expect(page.getByTestId("tcb-server")).toContainText("TCB（Δ 表示本步改变）");
    expect(await englishInChinesePage(page)).toEqual([]);
    await bothSchemes(page, testInfo, "learn-forged-rst-step-1-zh");

    await open(page, "/learn/old-duplicate-syn?step=3");
    await expect(page.getByTestId("injected-segment")).toContainText("网络中的旧报文段");
    expect(await englishInChinesePage(page)).toEqual([]);
    await bothSchemes(page, testInfo, "learn-old-duplicate-syn-step-3-zh");

    await open(page, "/learn/handshake-lost-synack?step=4");
    await expect(page.getByTestId("badge-client").getByTestId("timer-restarted")).toContainText("从 1 秒退避到 2 秒");
    await expect(page.getByTestId("linux-note")).toHaveCount(0);
    expect(await englishInChinesePage(page)).toEqual([]);
    await bothSchemes(page, testInfo, "learn-handshake-lost-synack-step-4-zh");
    await page.getByRole("slider", { name: "拖动到某一步" }).fill("5");
    await expect(page.getByTestId("linux-note")).toContainText("Linux：");
    expect(await englishInChinesePage(page)).toEqual([]);

    await open(page, "/learn/teardown?step=5");
    await expect(page.getByTestId("badge-client").getByTestId("timer-2MSL")).toContainText("Linux：60 秒");
    await expect(page.getByTestId("badge-client").getByTestId("timer-2MSL")).toContainText("2MSL 是 4 分钟");

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

test("on a 1280×800 screen, Play brings the controls, the story and both pictures into one screen", async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name === "phone", "a phone scrolls through them, pictures first");
  await page.setViewportSize({ width: 1280, height: 800 });
  // The longest story of the basics: a lost FIN, its retransmission and the timer doubling.
  await open(page, "/learn/teardown-lost-fin");
  const player = page.getByTestId("player");
  await player.getByRole("button", { name: "Play" }).click();
  await expect(heading(page, "Step 2 of 8")).toBeVisible();
  // The smooth scroll has settled when the controls are at the top.
  await expect
    .poll(async () => (await player.getByRole("button", { name: "Pause" }).boundingBox())?.y ?? -1)
    .toBeLessThan(60);
  const inScreen = async (name: string, box: { y: number; height: number } | null) => {
    expect(box, name).not.toBeNull();
    expect(box?.y ?? -1, name).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? 0), name).toBeLessThanOrEqual(800);
  };
  await inScreen("controls", await player.getByRole("button", { name: "Pause" }).boundingBox());
  await inScreen("story", await page.getByTestId("narration").boundingBox());
  const pictures = player.getByRole("img");
  await inScreen("sequence diagram", await pictures.first().boundingBox());
  await inScreen("state diagram", await pictures.last().boundingBox());
  await screenshot(page, testInfo, "player-one-screen");
});

test("where segments cross (simultaneous open and close), no two labels print over each other, and a phone's are larger", async ({
  page,
}, testInfo) => {
  for (const id of ["simultaneous-close", "simultaneous-open"]) {
    const scenario = scenarioById(id);
    if (!scenario) throw new Error(`no scenario ${id}`);
    await open(page, `/learn/${id}?step=${play(scenario).steps.length}`);
    const labels = page.locator("[data-testid=segment-label]:visible");
    const boxes = (await labels.evaluateAll((ls) =>
      ls.map((l) => {
        const r = l.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height, text: l.textContent ?? "" };
      }),
    )) as { x: number; y: number; w: number; h: number; text: string }[];
    expect(boxes.length, id).toBeGreaterThan(3);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        // The boxes of rotated text are loose; what must not happen is two labels' glyphs sharing a line's height.
        const apart = a.x + a.w <= b.x + 4 || b.x + b.w <= a.x + 4 || a.y + a.h <= b.y + 4 || b.y + b.h <= a.y + 4;
        expect(apart, `${id}: "${a.text}" and "${b.text}"`).toBe(true);
      }
    }
    if (testInfo.project.name === "phone") {
      const size = await labels.first().evaluate((l) => Number.parseFloat(getComputedStyle(l).fontSize));
      expect(size, id).toBeGreaterThanOrEqual(11);
    }
  }
});
