import { type Browser, devices, expect, type Page, test } from "@playwright/test";
import { signUp } from "./support/accounts";
import { screenshot } from "./support/screenshot";

// The spec makes its own browser contexts (a projector, two laptops, a phone), so it runs once, not per project.
test.skip(({ isMobile }) => isMobile, "one run makes its own desktop and phone contexts");

const PROJECTOR = { width: 1920, height: 1080 };

async function student(browser: Browser, use: object, phone = false): Promise<Page> {
  const context = await browser.newContext(phone ? { ...use, ...devices["Pixel 7"] } : use);
  return context.newPage();
}

/** Joins through the QR code's link: only the nickname is left to type. */
async function joinByLink(page: Page, code: string, nickname: string) {
  await page.goto(`/live/${code}`);
  await page.getByLabel("Nickname").fill(nickname);
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await expect(page.getByTestId("nickname")).toHaveText(`You are ${nickname}`);
}

const choices = (page: Page) => page.getByTestId("player-round").getByRole("button");
const status = (page: Page) => page.getByTestId("player-status");

test("a host runs a live class: three students join, one refreshes mid-question, a double submit counts once, votes land on Figure 5", async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const use = testInfo.project.use;
  const host = await signUp(browser, { ...use, viewport: PROJECTOR }, "Tess");
  await host.goto("/live");
  await expect(host.getByRole("heading", { level: 1 })).toHaveText("Live class");
  await host.getByLabel("Ordinary questions").fill("1");
  await host.getByLabel("Predict the next state").selectOption("handshake");
  await host.getByLabel("Time per question").selectOption("none");
  await host.getByRole("button", { name: "Open the lobby" }).click();
  await expect(host).toHaveURL(/\/live\/host\/[\w-]+$/);
  const code = (await host.getByTestId("join-code").textContent()) ?? "";
  expect(code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);
  await expect(host.getByTestId("join-link")).toHaveText(new RegExp(`/live/${code.replace("-", "")}$`));
  await expect(host.getByRole("img", { name: /QR code of the join link/ })).toBeVisible();
  await expect(host.getByRole("button", { name: "Start" })).toBeDisabled();

  // Ana and Bo (on a phone) scan the QR code's link; Cy types the code on /live.
  const ana = await student(browser, use);
  const bo = await student(browser, use, true);
  const cy = await student(browser, use);
  await joinByLink(ana, code, "Ana");
  await joinByLink(bo, code, "Bo");
  await cy.goto("/live");
  await cy.getByRole("textbox", { name: "Code" }).fill(code.toLowerCase());
  await cy.getByLabel("Nickname").fill("ana");
  await cy.getByRole("button", { name: "Join", exact: true }).click();
  await expect(cy.getByRole("alert").filter({ hasText: "already called" })).toBeVisible();
  await cy.getByLabel("Nickname").fill("Cy");
  await cy.getByRole("button", { name: "Join", exact: true }).click();
  await expect(cy.getByTestId("nickname")).toHaveText("You are Cy");
  await expect(ana.getByRole("heading", { level: 1 })).toContainText("You're in");

  await expect(host.getByTestId("lobby-players").getByRole("listitem")).toHaveText(["Ana", "Bo", "Cy"]);
  await expect(host.getByRole("heading", { name: "3 players have joined" })).toBeVisible();
  await screenshot(host, testInfo, "live-host-lobby");

  // Round 1, an ordinary question.
  await host.getByRole("button", { name: "Start" }).click();
  await expect(host.getByTestId("round")).toHaveAttribute("data-kind", "question");
  await expect(host.getByTestId("answered")).toHaveText("0 of 3 answered");
  for (const page of [ana, bo, cy]) await expect(choices(page).first()).toBeEnabled();
  const box = await choices(bo).first().boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  await screenshot(bo, testInfo, "live-student-question");

  await ana.getByTestId("player-round").getByRole("button").nth(0).click();
  await expect(status(ana)).toContainText("Answer received");
  // A double submit (the same answer sent twice, as a flaky network retries) counts once.
  const twice = await ana.evaluate(async (id) => {
    const send = () =>
      fetch(`/api/v1/live/${id}/commands`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ type: "answer", round: 0, choice: 0 }),
      }).then((r) => r.status);
    return Promise.all([send(), send()]);
  }, host.url().split("/").pop() as string);
  expect(twice).toEqual([200, 200]);
  await expect(host.getByTestId("answered")).toHaveText("1 of 3 answered");

  // Cy answers, refreshes in the middle of the question, and still has the answer in.
  await choices(cy).nth(1).click();
  await expect(status(cy)).toContainText("Answer received");
  const cyChoice = (await choices(cy).nth(1).textContent())?.slice(1) ?? "";
  await cy.reload();
  await expect(status(cy)).toContainText(`Answer received: ${cyChoice}`);
  await expect(choices(cy).nth(1)).toHaveAttribute("aria-pressed", "true");
  await expect(choices(cy).first()).toBeDisabled();
  await choices(bo).nth(0).click();
  await expect(host.getByTestId("answered")).toHaveText("3 of 3 answered");
  await screenshot(host, testInfo, "live-host-question");

  await host.getByRole("button", { name: "Reveal" }).click();
  await expect(host.getByTestId("reveal")).toContainText("The answer:");
  for (const page of [ana, bo, cy]) await expect(page.getByTestId("verdict")).toBeVisible();
  await expect(host.getByTestId("leaderboard")).toBeVisible();
  const counted = await host.getByTestId("choice-count").allTextContents();
  expect(counted.map((c) => Number.parseInt(c, 10)).reduce((a, b) => a + b)).toBe(3);
  await screenshot(host, testInfo, "live-host-reveal");

  // Round 2: predict the next state. The player stops before the step; a late joiner comes straight into it.
  await host.getByRole("button", { name: "Next question" }).click();
  await expect(host.getByTestId("round")).toHaveAttribute("data-kind", "predict");
  await expect(host.getByTestId("player")).toBeVisible();
  await expect(host.getByTestId("vote-figure")).toHaveCount(0);
  const dee = await student(browser, use, true);
  await joinByLink(dee, code, "Dee");
  await expect(dee.getByTestId("player-round")).toHaveAttribute("data-round", "1");
  await expect(host.getByTestId("answered")).toHaveText("0 of 4 answered");
  for (const [page, i] of [
    [ana, 0],
    [bo, 1],
    [cy, 1],
    [dee, 2],
  ] as const) {
    await choices(page).nth(i).click();
    await expect(status(page)).toContainText("Answer received");
  }
  await expect(host.getByTestId("answered")).toHaveText("4 of 4 answered");
  await screenshot(host, testInfo, "live-host-predict");

  await host.getByRole("button", { name: "Reveal" }).click();
  const figure = host.getByTestId("vote-figure");
  await expect(figure).toBeVisible();
  await expect(figure.getByTestId("real-arc")).toHaveCount(1);
  const votes = await figure
    .locator("[data-votes]")
    .evaluateAll((arcs) => arcs.reduce((n, a) => n + Number(a.getAttribute("data-votes")), 0));
  const elsewhere = (await figure.getByTestId("no-such-arc").count())
    ? Number.parseInt((await figure.getByTestId("no-such-arc").textContent()) ?? "0", 10)
    : 0;
  expect(votes + elsewhere).toBe(4);
  await screenshot(host, testInfo, "live-host-predict-reveal");
  // The projector in a dark room.
  await host.emulateMedia({ colorScheme: "dark" });
  await screenshot(host, testInfo, "live-host-predict-reveal-dark");
  await host.emulateMedia({ colorScheme: "light" });

  // The host ends early: the podium and a summary of every question.
  await host.getByRole("button", { name: "Hide the leaderboard" }).click();
  await expect(host.getByTestId("leaderboard")).toHaveCount(0);
  await host.getByRole("button", { name: "Show the leaderboard" }).click();
  await host.getByRole("button", { name: "End the session" }).click();
  await expect(host.getByRole("heading", { name: "The session has ended" })).toBeVisible();
  await expect(host.getByTestId("summary").locator("tbody tr").nth(0)).toContainText("/3");
  await expect(host.getByTestId("summary").locator("tbody tr").nth(1)).toContainText("/4");
  await expect(ana.getByRole("heading", { name: /That's the end/ })).toBeVisible();
  await screenshot(host, testInfo, "live-host-end");
  await screenshot(ana, testInfo, "live-student-end");

  // Nobody but the host reaches the host screen.
  const other = await ana.goto(host.url());
  expect(other?.status()).toBe(404);
});
