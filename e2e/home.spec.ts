import { expect, test } from "@playwright/test";
import { AREAS } from "../components/layout/areas";
import { translatorFor } from "../lib/i18n/catalogues";
import { answerWithKeyboard, questionsOnScreen } from "./support/quiz";
import { screenshot } from "./support/screenshot";

const layout = translatorFor("en", "layout");

test("the home page says what SynAck is and leads to every area", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("handshake and teardown");
  await expect(page.getByText("RFC 9293").first()).toBeVisible();
  await screenshot(page, testInfo, "home");

  const cards = page.getByRole("main").getByRole("listitem");
  await expect(cards).toHaveCount(AREAS.length);

  for (const area of AREAS) {
    await page.goto("/");
    await page
      .getByRole("main")
      .getByRole("link", { name: new RegExp(`^${layout(area.title)}`) })
      .click();
    await expect(page).toHaveURL(new RegExp(`${area.href}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(layout(area.title));
    await expect(page.getByText("No such page")).toHaveCount(0);
  }
  await screenshot(page, testInfo, "last-area");
});

test("the navigation reaches every area and marks the current one", async ({ page, isMobile }, testInfo) => {
  await page.goto("/");
  for (const area of AREAS) {
    if (isMobile) {
      await page.getByText("Menu", { exact: true }).click();
      await screenshot(page, testInfo, "menu-open");
    }
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: layout(area.title), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${area.href}$`));
    if (isMobile) {
      // Following a link closes the phone menu; reopen it to see which entry is marked.
      await expect(nav).toBeHidden();
      await page.getByText("Menu", { exact: true }).click();
    }
    await expect(nav.getByRole("link", { name: layout(area.title), exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    if (isMobile) {
      await page.keyboard.press("Escape");
      await expect(nav).toBeHidden();
    }
  }
});

test("the layout follows the system's dark mode", async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await screenshot(page, testInfo, "home-dark");
  await page.emulateMedia({ colorScheme: "light" });
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe(lightBackground);
  expect(lightBackground).toMatch(/255, 255, 255|oklch\(1 0 0\)/);
});

test("keyboard users can skip to the content", async ({ page, isMobile }) => {
  test.skip(isMobile, "phones have no Tab key");
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("the profile page shows the guest profile", async ({ page }, testInfo) => {
  await page.goto("/me");
  const label = await page.getByTestId("learner-chip").textContent();
  await expect(page.getByTestId("profile-label")).toHaveText(label ?? "");
  await expect(page.getByTestId("answer-count")).toHaveText("None yet");
  await screenshot(page, testInfo, "profile");
});

test("an unknown address says so and leads home", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "No such page" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("the home page plays the model's handshake by itself, can pause it, and holds it still under reduced motion", async ({
  page,
}, testInfo) => {
  await page.clock.install();
  await page.goto("/");
  const loop = page.getByTestId("home-handshake");
  // First the whole handshake: both sides ESTABLISHED.
  await expect(loop.getByTestId("home-handshake-states")).toHaveText("Client ESTABLISHED · server ESTABLISHED");
  await page.clock.runFor(4_500);
  await expect(loop.getByTestId("home-handshake-states")).toHaveText("Client CLOSED · server CLOSED");
  await page.clock.runFor(1_700);
  await expect(loop.getByTestId("home-handshake-states")).toHaveText("Client CLOSED · server LISTEN");
  await loop.getByRole("button", { name: "Pause" }).click();
  await page.clock.runFor(10_000);
  await expect(loop.getByTestId("home-handshake-states")).toHaveText("Client CLOSED · server LISTEN");
  await expect(loop.getByRole("button", { name: "Play" })).toHaveAttribute("aria-pressed", "true");
  await screenshot(page, testInfo, "home-handshake");

  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.reload();
  await page.clock.runFor(10_000);
  await expect(loop.getByTestId("home-handshake-states")).toHaveText("Client ESTABLISHED · server ESTABLISHED");
  await expect(loop.getByRole("button")).toHaveCount(0);
  await expect(loop.getByTestId("flying-segment")).toHaveCount(0);
});

test("a returning learner's day: cards due with a way to review them, and the quiz left unfinished", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByTestId("your-day")).toHaveCount(0);
  // One answer into a quiz, then away.
  await page.goto("/quiz");
  await page.getByLabel("Questions", { exact: true }).fill("5");
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/\w+$/);
  const quiz = page.url();
  const [q] = await questionsOnScreen(page, { count: 5, level: null, focus: "everything", lang: "en", only: null });
  await answerWithKeyboard(page, q!, false);
  await page.goto("/");
  const day = page.getByTestId("your-day");
  await expect(day.getByRole("heading", { name: "Your day" })).toBeVisible();
  await expect(day).toContainText("Nothing reviewed yet today.");
  await expect(day.getByRole("link", { name: "Learn new cards" })).toHaveAttribute("href", "/flashcards/everything");
  await day.getByRole("link", { name: "Continue your quiz (1 answered)" }).click();
  await expect(page).toHaveURL(quiz);
});
