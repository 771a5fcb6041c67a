import { expect, test } from "@playwright/test";
import { AREAS } from "../components/layout/areas";
import { translatorFor } from "../lib/i18n/catalogues";
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
