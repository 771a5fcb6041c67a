import { expect, test } from "@playwright/test";
import { rowsIn, useOwnServer } from "./support/own-server";

test.describe("guest profile", () => {
  test.skip(({ isMobile }) => isMobile, "starts its own servers; once is enough");

  const own = useOwnServer("restart");

  test("is created on the first visit and is the same after the server restarts", async ({ browser }) => {
    const learners = () =>
      rowsIn<{ id: string; kind: string }>(own.databaseFile(), "SELECT id, kind FROM Learner ORDER BY createdAt");
    let server = await own.start();
    const port = server.port;

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const label = (await page.getByTestId("learner-chip").textContent()) ?? "";
    expect(label).toMatch(/^Guest [A-Z0-9]{6}$/);

    const cookies = await context.cookies();
    const guestCookie = cookies.find((c) => c.name === "synack_guest");
    expect(guestCookie?.httpOnly).toBe(true);

    const before = learners();
    expect(before).toHaveLength(1);
    expect(before[0]?.kind).toBe("guest");
    expect(label).toBe(`Guest ${before[0]?.id.slice(-6).toUpperCase()}`);

    // Reloading and browsing do not create more profiles.
    await page.goto(`${server.url}/quiz`);
    await page.reload();
    expect(learners()).toHaveLength(1);

    await server.stop();
    server = await own.start(port);

    await page.goto(`${server.url}/me`);
    await expect(page.getByTestId("profile-label")).toHaveText(label);
    await expect(page.getByTestId("answer-count")).toHaveText("None yet");
    expect(learners()).toEqual(before);

    // The same profile read in Chinese names the guest as the Chinese header does.
    const chinese = await browser.newContext({ locale: "zh-CN", storageState: await context.storageState() });
    const chinesePage = await chinese.newPage();
    await chinesePage.goto(`${server.url}/me`);
    await expect(chinesePage.getByTestId("profile-label")).toHaveText(`访客 ${label.slice(-6)}`);
    await expect(chinesePage.getByTestId("learner-chip")).toHaveText(`访客 ${label.slice(-6)}`);
    await expect(chinesePage.getByTestId("answer-count")).toHaveText("还没有");
    await chinese.close();
    expect(learners()).toEqual(before);

    // Another browser is another guest.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto(`${server.url}/`);
    await expect(otherPage.getByTestId("learner-chip")).not.toHaveText(label);
    expect(learners()).toHaveLength(2);

    await context.close();
    await other.close();
  });
});
