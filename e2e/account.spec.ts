import { expect, type Page, test } from "@playwright/test";
import { useOwnServer } from "./support/own-server";
import { screenshot } from "./support/screenshot";

/** The header's sign-in or sign-out control: beside the chip on a wide screen, in the menu on a phone. */
async function accountControl(page: Page, isMobile: boolean, name: "Sign in" | "Sign out") {
  if (isMobile && (await page.locator("header details[open]").count()) === 0) {
    await page.getByText("Menu", { exact: true }).click();
  }
  const scope = page.getByRole("banner");
  return name === "Sign in" ? scope.getByRole("link", { name }) : scope.getByRole("button", { name });
}

async function reviewTwoCards(page: Page) {
  await page.goto("/flashcards/handshake");
  await expect(page.getByTestId("review")).toHaveAttribute("data-hydrated", "true");
  for (const grade of ["3", "4"]) {
    const id = await page.getByTestId("card").getAttribute("data-card");
    await page.keyboard.press("Space");
    await page.keyboard.press(grade);
    await expect(page.getByTestId("card")).not.toHaveAttribute("data-card", id ?? "");
  }
}

test("a guest signs up and keeps their practice; signed out the browser is a new guest; signing in brings it back", async ({
  page,
  isMobile,
}, testInfo) => {
  const email = `learner-${testInfo.project.name}-${Date.now()}@example.com`;
  const password = "a long enough password";
  await reviewTwoCards(page);
  await page.goto("/me");
  await expect(page.getByTestId("cards-seen")).toHaveText("2 (2 reviews)");
  const guestLabel = await page.getByTestId("learner-chip").textContent();

  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create an account");
  // Bad input is refused before anything is sent, and what was typed stays.
  await page.getByLabel("Name").fill("Ada");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The password needs at least 8 characters.");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  // Long enough, but one of the passwords guessers try first: refused by the server, saying so.
  await page.getByLabel("Password").fill("password1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "This password is one of the most common ones, which guessers try first. Choose another: a few unrelated words make a good one.",
  );
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, testInfo, "sign-up-common-password-dark");
  await page.emulateMedia({ colorScheme: "light" });
  await page.getByLabel("Password").fill(password);
  await screenshot(page, testInfo, "sign-up");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByTestId("learner-chip")).toHaveText("Ada");
  await expect(page.getByTestId("cards-seen")).toHaveText("2 (2 reviews)");
  await expect(page.getByText("This is a guest profile")).toHaveCount(0);

  await (await accountControl(page, isMobile, "Sign out")).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(await accountControl(page, isMobile, "Sign in")).toBeVisible();
  await page.goto("/me");
  await expect(page.getByTestId("learner-chip")).toContainText("Guest");
  await expect(page.getByTestId("learner-chip")).not.toHaveText(guestLabel ?? "");
  await expect(page.getByTestId("cards-seen")).toHaveText("None yet");

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "That email and password do not match an account. Check both and try again.",
  );
  // The button is not disabled while the request runs, so focus stays on it instead of dropping to the page.
  await expect(page.getByRole("button", { name: "Sign in" })).toBeFocused();
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByTestId("cards-seen")).toHaveText("2 (2 reviews)");
  await screenshot(page, testInfo, "profile-signed-in");
});

test("signing up with an email that has an account says nothing about it", async ({ page, isMobile }, testInfo) => {
  const email = `twice-${testInfo.project.name}-${Date.now()}@example.com`;
  for (const attempt of [1, 2]) {
    if (attempt === 2) {
      await (await accountControl(page, isMobile, "Sign out")).click();
      await expect(page).toHaveURL(/\/$/);
    }
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Twice");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("another long password");
    await page.getByRole("button", { name: "Create account" }).click();
    if (attempt === 1) await expect(page).toHaveURL(/\/me$/);
  }
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "No account could be created with these details. If you already have one, sign in instead.",
  );
});

test("guesses at one account from many addresses lock it, even for the right password, except in a browser it signed in from before", async ({
  page,
  request,
  baseURL,
  browser,
  playwright,
}, testInfo) => {
  const stamp = `${testInfo.project.name}-${Date.now()}`;
  const target = { name: "Target", email: `target-${stamp}@example.com`, password: "the real password" };
  const other = { name: "Other", email: `other-${stamp}@example.com`, password: "another real password" };
  const origin = { origin: baseURL ?? "" };
  for (const account of [target, other]) {
    expect((await request.post("/api/auth/sign-up/email", { data: account, headers: origin })).status()).toBe(200);
  }
  // The owner signs in once from their own browser, before anyone guesses.
  const owners = await browser.newContext({ baseURL, locale: "en-GB" });
  const own = await owners.newPage();
  const signInAs = async (p: Page, who: { email: string; password: string }) => {
    await p.goto("/sign-in");
    await p.getByLabel("Email").fill(who.email);
    await p.getByLabel("Password").fill(who.password);
    await p.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  };
  await signInAs(own, target);
  await expect(own).toHaveURL(/\/me$/);
  await own.context().clearCookies({ name: "better-auth.session_token" });
  // Ten wrong guesses from a guesser's own client (never signed in as the target), each claiming an address of its
  // own (the server counts them all against the connection's address, server/client-address.ts, but ten stay
  // under that limit): only the per-account limit stops them. The guesser connects from a loopback address of its
  // own per project, so the two projects' guesses do not add up under one address's limit.
  const guesserAt = new URL(baseURL ?? "");
  guesserAt.hostname = testInfo.project.name === "phone" ? "127.0.0.12" : "127.0.0.11";
  const guesser = await playwright.request.newContext({ baseURL: guesserAt.origin });
  for (let i = 0; i < 10; i++) {
    const guess = await guesser.post("/api/auth/sign-in/email", {
      data: { email: i % 2 ? target.email.toUpperCase() : target.email, password: `guess ${i}` },
      headers: { origin: guesserAt.origin, "x-forwarded-for": `203.0.113.${i + 1}` },
    });
    expect(guess.status()).toBe(401);
  }
  await guesser.dispose();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(target.email);
  await page.getByLabel("Password").fill(target.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    /^Too many sign-in attempts for this email address: wait 1[45] minutes, then try again\.$/,
  );
  await expect(page).toHaveURL(/\/sign-in$/);
  await screenshot(page, testInfo, "sign-in-account-locked");

  await page.getByLabel("Email").fill(other.email);
  await page.getByLabel("Password").fill(other.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByTestId("learner-chip")).toHaveText("Other");

  // The owner's browser (signed out, but known: it signed in with the password before) still gets in.
  await signInAs(own, target);
  await expect(own).toHaveURL(/\/me$/);
  await expect(own.getByTestId("learner-chip")).toHaveText("Target");
  await owners.close();
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("a Chinese browser signs up and signs in in Chinese, with better-auth's refusals said in Chinese too", async ({
    page,
    isMobile,
  }, testInfo) => {
    const email = `zh-${testInfo.project.name}-${Date.now()}@example.com`;
    const password = "a long enough password";
    await page.goto("/sign-up");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page).toHaveTitle(/注册账号/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("注册账号");
    await expect(page.getByText("至少 8 个字符，且不能是 12345678 这类常见密码。")).toBeVisible();
    // Refused in the browser before anything is sent, in Chinese.
    await page.getByLabel("姓名").fill("李雷");
    await page.getByLabel("邮箱").fill(email);
    await page.getByLabel("密码").fill("short");
    await page.getByRole("button", { name: "注册", exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("密码至少需要 8 个字符。");
    await page.getByLabel("密码").fill("12345678");
    await page.getByRole("button", { name: "注册", exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "这是最常见的密码之一，猜密码的人会最先尝试它。请换一个：几个互不相关的词连在一起就是好密码。",
    );
    await page.emulateMedia({ colorScheme: "dark" });
    await screenshot(page, testInfo, "zh-sign-up-common-password-dark");
    await page.emulateMedia({ colorScheme: "light" });
    await page.getByLabel("密码").fill(password);
    await screenshot(page, testInfo, "zh-sign-up");
    await page.getByRole("button", { name: "注册", exact: true }).click();
    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByTestId("learner-chip")).toHaveText("李雷");

    if (isMobile) await page.getByText("菜单", { exact: true }).click();
    await page.getByRole("banner").getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/$/);

    await page.goto("/sign-in");
    await expect(page).toHaveTitle(/登录/);
    await expect(page.getByText("还没有账号？")).toBeVisible();
    await page.getByLabel("邮箱").fill(email);
    await page.getByLabel("密码").fill("not the password");
    await page.getByRole("main").getByRole("button", { name: "登录" }).click();
    // better-auth answered 401 INVALID_EMAIL_OR_PASSWORD: its English text is never shown.
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "邮箱和密码与任何账号都不匹配。请检查两项后再试。",
    );
    await screenshot(page, testInfo, "zh-sign-in-refused");
    await page.getByLabel("密码").fill(password);
    await page.getByRole("main").getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/me$/);
  });
});

test.describe("the per-address sign-in limit", () => {
  test.skip(({ isMobile }) => isMobile, "starts its own server; once is enough");
  const own = useOwnServer("forged-address");

  test("cannot be dodged by claiming a new X-Forwarded-For address on every guess", async ({ playwright }) => {
    const server = await own.start();
    const request = await playwright.request.newContext({ baseURL: server.url });
    const statuses: number[] = [];
    // Each guess at a different (unknown) email, so only the per-address limit of 20 a minute can stop them.
    for (let i = 0; i < 21; i++) {
      const guess = await request.post("/api/auth/sign-in/email", {
        data: { email: `nobody-${i}@example.com`, password: `guess ${i}` },
        headers: { origin: server.url, "x-forwarded-for": `203.0.113.${i + 1}` },
      });
      statuses.push(guess.status());
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses[20]).toBe(429);
    await request.dispose();
  });
});
