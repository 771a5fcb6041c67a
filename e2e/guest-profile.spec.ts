import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { type RunningServer, startServer } from "./support/server";

function learnersIn(file: string): { id: string; kind: string }[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT id, kind FROM Learner ORDER BY createdAt").all() as { id: string; kind: string }[];
  } finally {
    db.close();
  }
}

test.describe("guest profile", () => {
  test.skip(({ isMobile }) => isMobile, "starts its own servers; once is enough");

  let dir: string | undefined;
  let server: RunningServer | undefined;

  test.beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "synack-restart-"));
  });

  test.afterEach(async () => {
    await server?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("is created on the first visit and is the same after the server restarts", async ({ browser }) => {
    const databaseFile = path.join(dir ?? "", "synack.db");
    server = await startServer({ databaseFile });
    const port = server.port;

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const label = (await page.getByTestId("learner-chip").textContent()) ?? "";
    expect(label).toMatch(/^Guest [A-Z0-9]{6}$/);

    const cookies = await context.cookies();
    const guestCookie = cookies.find((c) => c.name === "synack_guest");
    expect(guestCookie?.httpOnly).toBe(true);

    const before = learnersIn(databaseFile);
    expect(before).toHaveLength(1);
    expect(before[0]?.kind).toBe("guest");
    expect(label).toBe(`Guest ${before[0]?.id.slice(-6).toUpperCase()}`);

    // Reloading and browsing do not create more profiles.
    await page.goto(`${server.url}/quiz`);
    await page.reload();
    expect(learnersIn(databaseFile)).toHaveLength(1);

    await server.stop();
    server = await startServer({ databaseFile, port });

    await page.goto(`${server.url}/me`);
    await expect(page.getByTestId("profile-label")).toHaveText(label);
    await expect(page.getByTestId("answer-count")).toHaveText("None yet");
    expect(learnersIn(databaseFile)).toEqual(before);

    // Another browser is another guest.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto(`${server.url}/`);
    await expect(otherPage.getByTestId("learner-chip")).not.toHaveText(label);
    expect(learnersIn(databaseFile)).toHaveLength(2);

    await context.close();
    await other.close();
  });
});
