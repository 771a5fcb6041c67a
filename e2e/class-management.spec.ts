import { expect, type Page, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { unzipSync } from "fflate";
import { answerByApi, downloaded, downloadedBytes, refusal, signUp } from "./support/accounts";
import { lowContrast } from "./support/contrast";
import { englishInChinesePage } from "./support/english-in-chinese";
import { questionsOfAttempt } from "./support/quiz";
import { screenshot } from "./support/screenshot";

/**
 * A screenshot in light mode, then in dark mode, and back; in each, no text below WCAG AA contrast (unless a modal
 * dialog covers the page, whose backdrop dims what is behind it on purpose).
 */
async function bothSchemes(page: Page, testInfo: Parameters<typeof screenshot>[1], name: string, dialog = false) {
  await screenshot(page, testInfo, name);
  if (!dialog) expect(await lowContrast(page), `${name}, light`).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, testInfo, `${name}-dark`);
  if (!dialog) expect(await lowContrast(page), `${name}, dark`).toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });
}

const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Sets an assignment on the class page that is open. */
async function setAssignment(page: Page, title: string, count: string, attempts = "1") {
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Topic").selectOption("handshake");
  await page.getByLabel("Level").selectOption("basics");
  await page.getByLabel(/^Questions/).fill(count);
  await page.getByLabel(/^Attempts/).fill(attempts);
  await page.getByRole("button", { name: "Set assignment" }).click();
}

test("a teacher shares the class, edits, closes and deletes an assignment, and reads every answer", async ({
  browser,
}, testInfo) => {
  // A long journey through two browsers: allowed more than one ordinary test.
  test.setTimeout(180_000);
  const teacher = await signUp(browser, testInfo.project.use, "Tess Ng");
  await teacher.goto("/classes");
  await teacher.getByRole("button", { name: "I teach: let me create classes" }).click();
  // A class name is one line of plain text: a right-to-left override is refused and nothing is created.
  await teacher.getByLabel("Class name").fill("Networks\u202E 201");
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(refusal(teacher)).toContainText("A class name is one line of plain text");
  await teacher.getByLabel("Class name").fill("Networks 201");
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Networks 201");
  const classUrl = teacher.url();
  const code = (await teacher.getByTestId("join-code").textContent()) ?? "";

  // Sharing: the QR code is an SVG drawn on the server, the link is localhost here (so the page says students'
  // devices cannot open it), and the copy buttons put the code and the link on the clipboard.
  await expect(teacher.getByTestId("join-qr").locator("svg path")).toHaveCount(2);
  await expect(teacher.getByRole("img", { name: /^QR code of the join link http:\/\/localhost/ })).toBeVisible();
  await expect(teacher.getByTestId("localhost-hint")).toBeVisible();
  await teacher.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await teacher.getByRole("button", { name: "Copy code" }).click();
  await expect(teacher.getByText("Copied.")).toBeVisible();
  expect(await teacher.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await teacher.getByRole("button", { name: "Copy link" }).click();
  expect(await teacher.evaluate(() => navigator.clipboard.readText())).toBe(
    await teacher.getByTestId("join-link").textContent(),
  );

  // Bad input is refused with the reason, and nothing is set: a title with a control character, a hexadecimal count.
  await setAssignment(teacher, "Check\u0000", "5");
  await expect(refusal(teacher)).toContainText("A title is one line of plain text");
  await setAssignment(teacher, "Handshake check", "0x10");
  await expect(refusal(teacher)).toContainText("must be a whole number from 5 to 50");
  await expect(teacher.getByRole("link", { name: "Handshake check" })).toHaveCount(0);
  await setAssignment(teacher, "Handshake check", "5", "2");
  await expect(teacher.getByRole("link", { name: "Handshake check" })).toBeVisible();
  expect(await noSideScroll(teacher)).toBe(true);
  await bothSchemes(teacher, testInfo, "class-share");

  await teacher.getByRole("link", { name: "Show to the class" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Join Networks 201");
  await expect(teacher.getByTestId("join-code")).toHaveText(code);
  await bothSchemes(teacher, testInfo, "class-share-projector");

  // Before anyone starts, everything can change.
  await teacher.goto(classUrl);
  await teacher.getByRole("link", { name: "Handshake check" }).click();
  await expect(teacher).toHaveURL(/\/assignments\/\w+$/);
  const resultsUrl = teacher.url();
  await teacher.getByRole("link", { name: "Edit" }).click();
  await expect(teacher.getByLabel("Title")).toHaveValue("Handshake check");
  await expect(teacher.getByLabel(/^Questions/)).toHaveValue("5");
  await teacher.getByLabel("Title").fill("Handshake quiz");
  await teacher.getByLabel(/^Questions/).fill("6");
  await teacher.getByRole("button", { name: "Save changes" }).click();
  await expect(teacher).toHaveURL(resultsUrl);
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Handshake quiz");
  await expect(teacher.getByText(/^6 questions, due/)).toBeVisible();

  // The student's join page names the class and its teacher before joining.
  const student = await signUp(browser, testInfo.project.use, "Sam Lee");
  await student.goto(`/classes/join?code=${code}`);
  await expect(student.getByTestId("join-preview")).toHaveText(
    "You are about to join Networks 201, taught by Tess Ng.",
  );
  await bothSchemes(student, testInfo, "join-preview");
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("heading", { level: 1 })).toHaveText("Networks 201");
  await student.getByRole("button", { name: "Start" }).click();
  await expect(student).toHaveURL(/\/quiz\/\w+$/);
  const attemptId = new URL(student.url()).pathname.split("/").pop() ?? "";
  const questions = await questionsOfAttempt(student);
  expect(questions).toHaveLength(6);
  await answerByApi(student, attemptId, questions[0] as never, 0, false);

  // Once a student has started, only the dates and the time limit can change.
  await teacher.getByRole("link", { name: "Edit" }).click();
  await expect(teacher.getByTestId("locked-note")).toContainText("1 student has started it");
  await expect(teacher.getByLabel("Title")).toBeDisabled();
  await expect(teacher.getByLabel(/^Questions/)).toBeDisabled();
  await expect(teacher.getByLabel(/^Time limit/)).toBeEnabled();
  await bothSchemes(teacher, testInfo, "assignment-edit-locked");
  await teacher.getByLabel(/^Time limit/).fill("45");
  await teacher.getByRole("button", { name: "Save changes" }).click();
  await expect(teacher).toHaveURL(resultsUrl);
  await expect(teacher.getByText(/, 45 min per attempt\./)).toBeVisible();

  for (const [i, q] of questions.entries()) if (i > 0) await answerByApi(student, attemptId, q, i, i === 2);

  // Every answer of the student, and the class on Figure 5.
  await teacher.reload();
  await expect(teacher.getByTestId("grades")).toContainText("5 / 6");
  const figure = teacher.getByTestId("class-figure");
  await expect(figure.locator("[data-level]")).not.toHaveCount(0);
  const arcs = teacher.getByTestId("class-arcs").locator("li");
  await expect(arcs.first()).toContainText(/\d+ of \d+ right \(\d+%\)/);
  await bothSchemes(teacher, testInfo, "assignment-results-figure");
  await teacher.getByRole("link", { name: "Every answer of Sam Lee" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Sam Lee: Handshake quiz");
  const attempt = teacher.getByTestId("attempt-1");
  // One item per question (an order's answer is a list of its own inside its item).
  const rows = attempt.locator(":scope > li");
  await expect(rows).toHaveCount(6);
  await expect(attempt.locator('[data-verdict="answeredWrong"]')).toHaveCount(1);
  await expect(attempt.locator('[data-verdict="answeredRight"]')).toHaveCount(5);
  await expect(rows.nth(2)).toContainText(questions[2]?.prompt ?? "");
  await expect(rows.nth(2)).toContainText("Right answer:");
  expect(await noSideScroll(teacher)).toBe(true);
  await bothSchemes(teacher, testInfo, "student-answers");

  await teacher.goto(`${classUrl}/results`);
  await expect(teacher.getByTestId("class-grid")).toContainText("Sam Lee");
  await expect(teacher.getByRole("link", { name: "Sam Lee, Handshake quiz: 5 / 6" })).toBeVisible();
  expect(await noSideScroll(teacher)).toBe(true);
  await bothSchemes(teacher, testInfo, "class-grid");
  const grid = (await downloaded(teacher, "Grid (.csv)")).trimEnd().split("\r\n");
  expect(grid[0]).toBe("student,email,Handshake quiz (score of 6),Handshake quiz (status)");
  expect(grid[1]).toMatch(/^Sam Lee,user-[\w-]+@example\.com,5,submitted$/);

  // The questions as Moodle XML and as a QTI package for Canvas.
  await teacher.goto(resultsUrl);
  const moodle = new XMLParser().parse(await downloaded(teacher, "Questions for Moodle (XML)"));
  expect(moodle.quiz.question).toHaveLength(6);
  const qti = unzipSync(new Uint8Array(await downloadedBytes(teacher, "Questions for Canvas (QTI 1.2, .zip)")));
  expect(Object.keys(qti)).toContain("imsmanifest.xml");

  // Closing early asks first, then stops the assignment; it can be reopened.
  await teacher.getByRole("button", { name: "Close now" }).click();
  const closing = teacher.getByRole("dialog", { name: "Close now" });
  await expect(closing).toContainText("Closing stops every attempt at once");
  await closing.getByRole("button", { name: "Close now" }).click();
  await expect(teacher.getByTestId("closed")).toContainText("it takes no more attempts or answers");
  await student.goto(classUrl);
  await expect(student.getByTestId("closed")).toHaveText(
    "The teacher has closed this assignment: it takes no more attempts or answers.",
  );
  await expect(student.getByRole("button", { name: "Try again" })).toHaveCount(0);
  await teacher.getByRole("button", { name: "Reopen" }).click();
  await expect(teacher.getByTestId("closed")).toHaveCount(0);
  await student.reload();
  await expect(student.getByRole("button", { name: "Try again" })).toBeVisible();

  // Deleting says exactly what goes with it; Escape keeps it.
  await teacher.getByRole("button", { name: "Delete" }).click();
  const deleting = teacher.getByRole("dialog", { name: "Delete “Handshake quiz”?" });
  await expect(deleting).toContainText("This deletes 1 attempt by 1 student and the 6 answers given in them");
  await bothSchemes(teacher, testInfo, "assignment-delete-dialog", true);
  await teacher.keyboard.press("Escape");
  await expect(deleting).toBeHidden();
  await teacher.getByRole("button", { name: "Delete" }).click();
  await deleting.getByRole("button", { name: "Delete the assignment" }).click();
  await expect(teacher).toHaveURL(classUrl);
  await expect(teacher.getByRole("link", { name: "Handshake quiz" })).toHaveCount(0);
  expect((await teacher.goto(resultsUrl))?.status()).toBe(404);

  // None of it is the student's to see.
  for (const path of ["/results", "/share"]) expect((await student.goto(`${classUrl}${path}`))?.status()).toBe(404);
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("a teacher's new pages and dialogs, and the join preview, are all in Chinese", async ({ browser }, testInfo) => {
    test.setTimeout(180_000);
    const use = { ...testInfo.project.use, locale: "zh-CN" };
    const teacher = await signUp(browser, use, "李老师", "zh");
    await teacher.goto("/classes");
    await teacher.getByRole("button", { name: "我是老师：我要创建班级" }).click();
    await teacher.getByLabel("班级名称").fill("计算机网络 2 班");
    await teacher.getByRole("button", { name: "创建班级" }).click();
    await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("计算机网络 2 班");
    const classUrl = teacher.url();
    const code = (await teacher.getByTestId("join-code").textContent()) ?? "";
    await teacher.getByLabel("标题").fill("握手小测");
    await teacher.getByLabel(/^题目数量/).fill("5");
    await teacher.getByRole("button", { name: "布置作业" }).click();
    await expect(teacher.getByRole("link", { name: "握手小测" })).toBeVisible();
    expect(await englishInChinesePage(teacher)).toEqual([]);
    await bothSchemes(teacher, testInfo, "zh-class-share");
    await teacher.getByRole("link", { name: "展示给全班" }).click();
    await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("加入计算机网络 2 班");
    expect(await englishInChinesePage(teacher)).toEqual([]);
    await bothSchemes(teacher, testInfo, "zh-class-share-projector");
    await teacher.goto(classUrl);

    const student = await signUp(browser, use, "王同学", "zh");
    await student.goto(`/classes/join?code=${code}`);
    await expect(student.getByTestId("join-preview")).toHaveText("你将加入 计算机网络 2 班，任课老师：李老师。");
    expect(await englishInChinesePage(student)).toEqual([]);
    await bothSchemes(student, testInfo, "zh-join-preview");
    await student.getByRole("button", { name: "加入班级" }).click();
    await student.getByRole("button", { name: "开始" }).click();
    await expect(student).toHaveURL(/\/quiz\/\w+$/);
    const attemptId = new URL(student.url()).pathname.split("/").pop() ?? "";
    for (const [i, q] of (await questionsOfAttempt(student)).entries())
      await answerByApi(student, attemptId, q, i, i === 0);

    await teacher.getByRole("link", { name: "握手小测" }).click();
    await expect(teacher.getByRole("heading", { name: "全班在图 5 上的表现" })).toBeVisible();
    expect(await englishInChinesePage(teacher)).toEqual([]);
    await bothSchemes(teacher, testInfo, "zh-assignment-results-figure");
    await teacher.getByRole("button", { name: "删除" }).click();
    const deleting = teacher.getByRole("dialog", { name: "删除“握手小测”？" });
    await expect(deleting).toContainText("这会永久删除 1 名学生的 1 次作答，以及其中的 5 个答案");
    expect(await englishInChinesePage(teacher)).toEqual([]);
    await bothSchemes(teacher, testInfo, "zh-assignment-delete-dialog", true);
    await deleting.getByRole("button", { name: "取消" }).click();

    await teacher.getByRole("link", { name: "王同学 的全部答案" }).click();
    await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("王同学：握手小测");
    await expect(teacher.getByTestId("attempt-1").locator('[data-verdict="answeredWrong"]')).toHaveCount(1);
    expect(await englishInChinesePage(teacher)).toEqual([]);
    await bothSchemes(teacher, testInfo, "zh-student-answers");

    await teacher.getByRole("link", { name: "返回作业成绩" }).click();
    await teacher.getByRole("link", { name: "编辑" }).click();
    await expect(teacher.getByTestId("locked-note")).toContainText("已有 1 名学生开始作答");
    expect(await englishInChinesePage(teacher)).toEqual([]);
    await bothSchemes(teacher, testInfo, "zh-assignment-edit-locked");

    await teacher.goto(`${classUrl}/results`);
    await expect(teacher.getByTestId("class-grid")).toContainText("王同学");
    expect(await englishInChinesePage(teacher)).toEqual([]);
    await bothSchemes(teacher, testInfo, "zh-class-grid");

    await student.goto(classUrl);
    await student.getByRole("button", { name: "退出这个班级" }).click();
    const leave = student.getByRole("dialog", { name: "退出计算机网络 2 班？" });
    await expect(leave).toContainText("老师将看不到你的成绩");
    expect(await englishInChinesePage(student)).toEqual([]);
    await bothSchemes(student, testInfo, "zh-leave-dialog", true);
  });
});
