import { type Browser, expect, type Page, test } from "@playwright/test";
import { answerWithKeyboard, questionsOnScreen } from "./support/quiz";
import { screenshot } from "./support/screenshot";

async function signUp(browser: Browser, use: object, name: string): Promise<Page> {
  const context = await browser.newContext(use);
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await page.getByLabel("Email").fill(`${name.toLowerCase()}-${unique}@example.com`);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/me$/);
  return page;
}

/** Follows a download link on the page and returns the file's text. */
async function downloaded(page: Page, link: string): Promise<string> {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: link }).click();
  const chunks: Buffer[] = [];
  for await (const chunk of await (await download).createReadStream()) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

const refusal = (page: Page) => page.getByRole("main").getByRole("alert").filter({ hasText: /\S/ });

test("a teacher creates a class, a student joins with the code, a replaced code stops working", async ({
  browser,
}, testInfo) => {
  const teacher = await signUp(browser, testInfo.project.use, "Tess");
  await teacher.goto("/classes");
  await teacher.getByRole("button", { name: "I teach: let me create classes" }).click();
  await expect(teacher.getByRole("heading", { name: "Classes you teach" })).toBeVisible();
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(refusal(teacher)).toContainText("Give the class a name");
  await teacher.getByLabel("Class name").fill("Networks 101");
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Networks 101");
  const code = (await teacher.getByTestId("join-code").textContent()) ?? "";
  expect(code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);
  const classUrl = teacher.url();

  const student = await signUp(browser, testInfo.project.use, "Sam");
  await student.goto("/classes");
  await student.getByLabel("Join code").fill("ZZZ-ZZZ");
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(refusal(student)).toContainText("No class has that code");
  await expect(student.getByLabel("Join code")).toHaveValue("ZZZ-ZZZ");
  await student.getByLabel("Join code").fill(code.toLowerCase());
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("heading", { level: 1 })).toHaveText("Networks 101");
  await expect(student.getByText("Taught by Tess.")).toBeVisible();
  // A student sees the class, never its code or roster.
  await expect(student.getByTestId("join-code")).toHaveCount(0);
  await expect(student.getByTestId("roster")).toHaveCount(0);

  await teacher.reload();
  await expect(teacher.getByTestId("roster")).toContainText("Sam");
  await screenshot(teacher, testInfo, "class-teacher");

  // The teacher replaces the code: the old one no longer lets anyone in.
  await teacher.getByRole("button", { name: "Replace the code" }).click();
  await expect(teacher.getByTestId("join-code")).not.toHaveText(code);
  await student.getByRole("button", { name: "Leave this class" }).click();
  await expect(student).toHaveURL(/\/classes$/);
  await student.getByLabel("Join code").fill(code);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(refusal(student)).toContainText("No class has that code");
  await screenshot(student, testInfo, "classes-student");

  // Someone who is neither teacher nor student of the class gets a 404 for its address.
  const stranger = await signUp(browser, testInfo.project.use, "Sid");
  expect((await stranger.goto(classUrl))?.status()).toBe(404);
  const guest = await (await browser.newContext(testInfo.project.use)).newPage();
  expect((await guest.goto(classUrl))?.status()).toBe(404);
});

test("the teacher sets an assignment; a student takes it with one mistake; the teacher sees the score, the missed question and the CSV", async ({
  browser,
}, testInfo) => {
  const teacher = await signUp(browser, testInfo.project.use, "Tina");
  await teacher.goto("/classes");
  await teacher.getByRole("button", { name: "I teach: let me create classes" }).click();
  await teacher.getByLabel("Class name").fill("Evening class");
  await teacher.getByRole("button", { name: "Create class" }).click();
  const code = (await teacher.getByTestId("join-code").textContent()) ?? "";

  // A refused assignment keeps the form as typed.
  await teacher.getByLabel("Title").fill("Handshake check");
  await teacher.getByLabel("Topic").selectOption("handshake");
  await teacher.getByLabel("Level").selectOption("basics");
  await teacher.getByLabel(/^Questions/).fill("3");
  await teacher.getByRole("button", { name: "Set assignment" }).click();
  await expect(refusal(teacher)).toContainText("must be a whole number from 5 to 50");
  await expect(teacher.getByLabel("Title")).toHaveValue("Handshake check");
  await teacher.getByLabel(/^Questions/).fill("5");
  await teacher.getByLabel(/^Time limit/).fill("30");
  await teacher.getByRole("button", { name: "Set assignment" }).click();
  await expect(teacher.getByRole("link", { name: "Handshake check" })).toBeVisible();
  await screenshot(teacher, testInfo, "class-with-assignment");

  const student = await signUp(browser, testInfo.project.use, "Stu");
  await student.goto(`/classes/join?code=${code.replace("-", "")}`);
  await student.getByRole("button", { name: "Join class" }).click();
  const card = student.getByTestId("assignments").locator("li").first();
  await expect(card.getByTestId("status")).toHaveText("not started");
  await card.getByRole("button", { name: "Start" }).click();
  await expect(student).toHaveURL(/\/quiz\/\w+$/);
  await expect(student.getByTestId("deadline")).toContainText("Handshake check");
  await expect(student.getByRole("timer")).toHaveText(/^(29|30):\d\d$/);
  const questions = await questionsOnScreen(student, {
    count: 5,
    level: "basics",
    focus: "handshake",
    lang: "en",
    only: null,
  });
  for (const [i, q] of questions.entries()) {
    await answerWithKeyboard(student, q, i === 1);
    await expect(student.getByTestId("feedback")).toBeVisible();
    await student.keyboard.press("Enter");
  }
  await expect(student).toHaveURL(/\/results$/);
  await expect(student.getByTestId("score")).toHaveText("4 / 5");

  await student.goto(teacher.url());
  await expect(student.getByTestId("assignments").getByTestId("status")).toHaveText("submitted");
  // The teacher's results address is not the student's to read.
  const results = `${teacher.url()}/assignments/`;
  await teacher.getByRole("link", { name: "Handshake check" }).click();
  await expect(teacher.getByTestId("grades")).toContainText("Stu");
  await expect(teacher.getByTestId("grades")).toContainText("4 / 5");
  await expect(teacher.getByTestId("by-question").locator("li").first()).toContainText("1 of 1 wrong");
  await expect(teacher.getByTestId("by-question").locator("li").first()).toContainText(questions[1]?.prompt ?? "");
  await screenshot(teacher, testInfo, "assignment-results");
  expect((await student.goto(teacher.url()))?.status()).toBe(404);
  expect(teacher.url()).toContain(results);

  const csv = (await downloaded(teacher, "Grades (.csv)")).trimEnd().split("\r\n");
  expect(csv[0]).toBe("student,status,score,out_of,seconds,attempts");
  expect(csv[1]).toMatch(/^Stu,submitted,4,5,\d+,1$/);
  const gift = await downloaded(teacher, "Questions for Moodle (GIFT)");
  expect(gift).toContain("::Handshake check 1::");
  expect(gift.match(/^::Handshake check \d+::/gm)).toHaveLength(5);
  const markdown = await downloaded(teacher, "Questions to print (Markdown)");
  expect(markdown.startsWith("# Handshake check\n")).toBe(true);
  expect(markdown).toContain("## Answer key");
});
