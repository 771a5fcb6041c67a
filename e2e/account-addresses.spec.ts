import { type Browser, expect, type Page, test } from "@playwright/test";
import { freePort } from "../scripts/lib/preflight";
import { useOwnServer } from "./support/own-server";
import { screenshot } from "./support/screenshot";

/**
 * A classroom server is opened at whatever address the machine has: accounts work at every one of them with no
 * configuration, each address its own site to the browser (its own cookies), and another site's page is still
 * refused. With BETTER_AUTH_URL set, accounts work at that address only, and the form says so.
 */

/** The same server at another address: the shared test server listens on every interface. */
function at(baseURL: string | undefined, host: string): string {
  const url = new URL(baseURL ?? "");
  url.hostname = host;
  return url.origin;
}

async function fillAndSend(page: Page, fields: { name?: string; email: string; password: string }, button: string) {
  if (fields.name) await page.getByLabel("Name").fill(fields.name);
  await page.getByLabel("Email").fill(fields.email);
  await page.getByLabel("Password").fill(fields.password);
  await page.getByRole("main").getByRole("button", { name: button }).click();
}

/** A browser of its own (no cookies), as a student's laptop would be. */
async function freshPage(browser: Browser, origin: string, locale = "en-GB") {
  const context = await browser.newContext({ baseURL: origin, locale });
  return { page: await context.newPage(), close: () => context.close() };
}

test("sign up at 127.0.0.1, sign in at 127.0.0.2 and at [::1], with no configuration", async ({
  browser,
  baseURL,
}, testInfo) => {
  const who = {
    name: "Lin",
    email: `lin-${testInfo.project.name}-${Date.now()}@example.com`,
    password: "a loopback pass",
  };
  const first = await freshPage(browser, at(baseURL, "127.0.0.1"));
  await first.page.goto("/sign-up");
  await fillAndSend(first.page, who, "Create account");
  // Perhaps the server's first request to better-auth, which loads it: more time than the default 5 s.
  await expect(first.page).toHaveURL(/127\.0\.0\.1:\d+\/me$/, { timeout: 15_000 });
  await expect(first.page.getByTestId("learner-chip")).toHaveText("Lin");
  await first.close();

  for (const host of ["127.0.0.2", "[::1]"]) {
    const other = await freshPage(browser, at(baseURL, host));
    await other.page.goto("/sign-in");
    await fillAndSend(other.page, { email: who.email, password: who.password }, "Sign in");
    await expect(other.page).toHaveURL(/\/me$/);
    await expect(other.page.getByTestId("learner-chip")).toHaveText("Lin");
    if (host === "127.0.0.2") await screenshot(other.page, testInfo, "signed-in-at-127.0.0.2");
    await other.close();
  }
});

test("another site's page is still refused: an Origin that is not the address the request went to", async ({
  playwright,
  baseURL,
}) => {
  const server = at(baseURL, "127.0.0.1");
  const api = await playwright.request.newContext({ baseURL: server });
  const email = `cross-${Date.now()}-${Math.random()}@example.com`;
  for (const origin of ["http://evil.example", at(baseURL, "127.0.0.2"), "null"]) {
    const refused = await api.post("/api/auth/sign-up/email", {
      data: { name: "Cross", email, password: "a loopback pass" },
      headers: { origin, cookie: "synack_locale=en" },
    });
    expect(refused.status(), origin).toBe(403);
  }
  // And nothing was made: signing up from the server's own page still works for that email.
  const own = await api.post("/api/auth/sign-up/email", {
    data: { name: "Cross", email, password: "a loopback pass" },
    headers: { origin: server },
  });
  expect(own.status()).toBe(200);
  await api.dispose();
});

test.describe("with BETTER_AUTH_URL set", () => {
  test.skip(({ isMobile }) => isMobile, "starts its own server; the message is checked at phone size in Chinese below");
  const own = useOwnServer("accounts-url");

  test("accounts work at that address only, and elsewhere the form names it, in English and Chinese", async ({
    browser,
  }, testInfo) => {
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    await own.start(port, { BETTER_AUTH_URL: publicUrl });
    const who = { name: "Ming", email: `ming-${Date.now()}@example.com`, password: "a loopback pass" };

    const elsewhere = await freshPage(browser, `http://127.0.0.2:${port}`);
    await elsewhere.page.goto("/sign-up");
    await fillAndSend(elsewhere.page, who, "Create account");
    await expect(elsewhere.page.getByRole("main").getByRole("alert")).toHaveText(
      `Accounts on this server work at ${publicUrl} only, not at the address this page was opened at. Open this page there and try again.`,
    );
    await expect(elsewhere.page.getByRole("link", { name: "Open this page there" })).toHaveAttribute(
      "href",
      `${publicUrl}/sign-up`,
    );
    await expect(elsewhere.page).toHaveURL(/\/sign-up$/);
    await screenshot(elsewhere.page, testInfo, "sign-up-at-other-address");
    // The link leads to the same form at the address accounts work at, where signing up goes through.
    await elsewhere.page.getByRole("link", { name: "Open this page there" }).click();
    await expect(elsewhere.page).toHaveURL(`${publicUrl}/sign-up`);
    await fillAndSend(elsewhere.page, who, "Create account");
    // A server of its own: its first account, on a machine that may be busy.
    await expect(elsewhere.page).toHaveURL(`${publicUrl}/me`, { timeout: 15_000 });
    await expect(elsewhere.page.getByTestId("learner-chip")).toHaveText("Ming");
    await elsewhere.close();

    const zh = await freshPage(browser, `http://127.0.0.2:${port}`, "zh-CN");
    await zh.page.setViewportSize({ width: 412, height: 915 });
    await zh.page.goto("/sign-in");
    await zh.page.getByLabel("邮箱").fill(who.email);
    await zh.page.getByLabel("密码").fill(who.password);
    await zh.page.getByRole("main").getByRole("button", { name: "登录" }).click();
    await expect(zh.page.getByRole("main").getByRole("alert")).toHaveText(
      `这台服务器上的账号只能在 ${publicUrl} 使用，而不是本页打开时的地址。请在那里打开本页再试。`,
    );
    await screenshot(zh.page, testInfo, "zh-sign-in-at-other-address-phone");
    await zh.close();
  });
});
