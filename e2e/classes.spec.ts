import { expect, test } from "@playwright/test";
import { markdownEscape } from "../lib/quiz";
import { answerByApi, downloaded, fillSignUp, refusal, signUp } from "./support/accounts";
import { englishInChinesePage } from "./support/english-in-chinese";
import { answerWithKeyboard, questionsOfAttempt } from "./support/quiz";
import { screenshot } from "./support/screenshot";

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

  // Sam opens the join link as a guest: creating an account brings him back to it, the code still filled in.
  const student = await (await browser.newContext(testInfo.project.use)).newPage();
  await student.goto(`/classes/join?code=${encodeURIComponent(code)}`);
  await expect(student.getByText("you come back here to join")).toBeVisible();
  await student.getByRole("link", { name: "Create an account" }).click();
  await fillSignUp(student, "Sam");
  await expect(student).toHaveURL(/\/classes\/join\?code=/);
  await expect(student.getByLabel("Join code")).toHaveValue(code);
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
  // A long email wraps: the roster never makes a phone's page scroll sideways.
  expect(await teacher.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await screenshot(teacher, testInfo, "class-teacher");

  // The teacher replaces the code: the old one no longer lets anyone in.
  await teacher.getByRole("button", { name: "Replace the code" }).click();
  await expect(teacher.getByTestId("join-code")).not.toHaveText(code);
  // Leaving asks first: Cancel (where focus starts) keeps the student in; the dialog's own button leaves.
  await student.getByRole("button", { name: "Leave this class" }).click();
  const leave = student.getByRole("dialog", { name: "Leave Networks 101?" });
  await expect(leave).toContainText("an attempt you have open stops taking answers");
  await expect(leave.getByRole("button", { name: "Cancel" })).toBeFocused();
  await student.keyboard.press("Enter");
  await expect(leave).toBeHidden();
  await expect(student.getByRole("heading", { level: 1 })).toHaveText("Networks 101");
  await student.getByRole("button", { name: "Leave this class" }).click();
  await leave.getByRole("button", { name: "Leave the class" }).click();
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
  const questions = await questionsOfAttempt(student);
  for (const [i, q] of questions.entries()) {
    await answerWithKeyboard(student, q, i === 1);
    await expect(student.getByTestId("feedback")).toBeVisible();
    await student.keyboard.press("Enter");
  }
  await expect(student).toHaveURL(/\/results$/);
  await expect(student.getByTestId("score")).toHaveText("4 / 5");
  // The results name the assignment, not "Everything · seed …", and lead back to the class.
  await expect(student.getByText("Evening class · Handshake check")).toBeVisible();
  await expect(student.getByRole("link", { name: "Back to the class" })).toHaveAttribute(
    "href",
    new URL(teacher.url()).pathname,
  );

  await student.goto(teacher.url());
  await expect(student.getByTestId("assignments").getByTestId("status")).toHaveText("submitted");
  // The teacher's results address is not the student's to read.
  const results = `${teacher.url()}/assignments/`;
  await teacher.getByRole("link", { name: "Handshake check" }).click();
  await expect(teacher.getByTestId("grades")).toContainText("Stu");
  // Names need not be unique; each row also shows the student's email.
  await expect(teacher.getByTestId("grades")).toContainText(/user-[\w-]+@example\.com/);
  await expect(teacher.getByTestId("grades")).toContainText("4 / 5");
  await expect(teacher.getByTestId("by-question").locator("li").first()).toContainText("1 of 1 wrong");
  await expect(teacher.getByTestId("by-question").locator("li").first()).toContainText(questions[1]?.prompt ?? "");
  await screenshot(teacher, testInfo, "assignment-results");
  expect((await student.goto(teacher.url()))?.status()).toBe(404);
  expect(teacher.url()).toContain(results);

  const csv = (await downloaded(teacher, "Grades (.csv)")).trimEnd().split("\r\n");
  expect(csv[0]).toBe("student,email,status,score,out_of,seconds,attempts");
  expect(csv[1]).toMatch(/^Stu,user-[\w-]+@example\.com,submitted,4,5,\d+,1$/);
  const gift = await downloaded(teacher, "Questions for Moodle (GIFT)");
  expect(gift).toContain("::Handshake check 1::");
  expect(gift.match(/^::Handshake check \d+::/gm)).toHaveLength(5);
  const markdown = await downloaded(teacher, "Questions to print (Markdown)");
  expect(markdown.startsWith("# Handshake check\n")).toBe(true);
  expect(markdown).toContain("## Answer key");
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("a teacher sets an assignment in Chinese, a student takes it, the teacher reads the results in Chinese", async ({
    browser,
  }, testInfo) => {
    const use = { ...testInfo.project.use, locale: "zh-CN" };
    const teacher = await signUp(browser, use, "李老师", "zh");
    await teacher.goto("/classes");
    await expect(teacher).toHaveTitle(/班级/);
    await teacher.getByRole("button", { name: "我是老师：我要创建班级" }).click();
    await expect(teacher.getByRole("heading", { name: "我教的班级" })).toBeVisible();
    await teacher.getByRole("button", { name: "创建班级" }).click();
    await expect(refusal(teacher)).toHaveText("请给班级起个名字，例如“计算机网络周二班”。");
    await teacher.getByLabel("班级名称").fill("计算机网络 1 班");
    await teacher.getByRole("button", { name: "创建班级" }).click();
    await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("计算机网络 1 班");
    await expect(teacher.getByText("共 0 名学生。")).toBeVisible();
    await expect(teacher.getByText(/加入码在 \d{4}年\d{1,2}月\d{1,2}日之前有效/)).toBeVisible();
    const code = (await teacher.getByTestId("join-code").textContent()) ?? "";

    // The form in Chinese; questions default to Chinese; a refusal names the limits in Chinese and keeps the form.
    await expect(teacher.getByLabel("题目语言")).toHaveValue("zh");
    await expect(teacher.getByLabel("主题").locator("option:checked")).toHaveText("全部");
    await teacher.getByLabel("标题").fill("握手小测");
    await teacher.getByLabel("主题").selectOption("handshake");
    await teacher.getByLabel("难度").selectOption("basics");
    await teacher.getByLabel(/^题目数量/).fill("3");
    await teacher.getByRole("button", { name: "布置作业" }).click();
    await expect(refusal(teacher)).toHaveText("题目数量必须是 5 到 50 之间的整数。");
    await expect(teacher.getByLabel("标题")).toHaveValue("握手小测");
    await teacher.getByLabel(/^题目数量/).fill("5");
    await teacher.getByRole("button", { name: "布置作业" }).click();
    await expect(teacher.getByRole("link", { name: "握手小测" })).toBeVisible();
    await expect(teacher.getByText(/^截止：\d{4}年/)).toBeVisible();
    expect(await englishInChinesePage(teacher)).toEqual([]);
    await screenshot(teacher, testInfo, "zh-class-teacher");

    // The join link opened without an account says why one is needed, in Chinese.
    const guest = await (await browser.newContext(use)).newPage();
    await guest.goto(`/classes/join?code=${code}`);
    await expect(guest).toHaveTitle(/加入班级/);
    await expect(guest.getByText(/^加入班级需要账号/)).toBeVisible();
    await expect(guest.getByRole("main").getByRole("link", { name: "注册账号" })).toBeVisible();
    expect(await englishInChinesePage(guest)).toEqual([]);
    await screenshot(guest, testInfo, "zh-join-guest");

    const student = await signUp(browser, use, "王同学", "zh");
    await student.goto(`/classes/join?code=${code}`);
    await expect(student.getByRole("heading", { level: 1 })).toHaveText("加入班级");
    await student.getByRole("button", { name: "加入班级" }).click();
    await expect(student.getByText("任课老师：李老师。")).toBeVisible();
    const card = student.getByTestId("assignments").locator("li").first();
    await expect(card.getByTestId("status")).toHaveText("未开始");
    await expect(card).toContainText("5 道题 · 截止：");
    await expect(card).toContainText("已作答 0/1 次");
    expect(await englishInChinesePage(student)).toEqual([]);
    await screenshot(student, testInfo, "zh-class-student");
    await card.getByRole("button", { name: "开始" }).click();
    await expect(student).toHaveURL(/\/quiz\/\w+$/);

    const attemptId = new URL(student.url()).pathname.split("/").pop() ?? "";
    const questions = await questionsOfAttempt(student);
    for (const [i, q] of questions.entries()) await answerByApi(student, attemptId, q, i, i === 1);
    await student.goto(teacher.url());
    await expect(student.getByTestId("status")).toHaveText("已提交");
    await expect(student.getByRole("link", { name: "查看成绩（4 / 5）" })).toBeVisible();

    await teacher.getByRole("link", { name: "握手小测" }).click();
    await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("握手小测");
    await expect(teacher.getByText(/5 道题，截止：.*。已提交 1 \/ 1 人。/)).toBeVisible();
    await expect(teacher.getByTestId("grades")).toContainText("王同学");
    await expect(teacher.getByTestId("grades")).toContainText("已提交");
    await expect(teacher.getByTestId("grades")).toContainText("4 / 5");
    const missed = teacher.getByTestId("by-question").locator("li").first();
    await expect(missed).toContainText("答错 1 次（共 1 次作答）");
    await expect(missed).toContainText(questions[1]?.prompt ?? "");
    await expect(teacher.getByRole("heading", { name: "按状态迁移或步骤统计" })).toBeVisible();
    expect(await englishInChinesePage(teacher)).toEqual([]);
    await screenshot(teacher, testInfo, "zh-assignment-results");

    // The spreadsheet stays machine-readable English; the questions' files are Chinese like the questions.
    const csv = (await downloaded(teacher, "成绩表（.csv）")).trimEnd().split("\r\n");
    expect(csv[0]).toBe("student,email,status,score,out_of,seconds,attempts");
    expect(csv[1]).toMatch(/^王同学,user-[\w-]+@example\.com,submitted,4,5,\d+,1$/);
    const markdown = await downloaded(teacher, "打印用题目（Markdown）");
    expect(markdown.startsWith("# 握手小测\n\n姓名：")).toBe(true);
    expect(markdown).toContain("## 参考答案");
    expect(markdown).toContain(markdownEscape(questions[0]?.prompt ?? ""));
    const gift = await downloaded(teacher, "导出到 Moodle 的题目（GIFT）");
    expect(gift.split("\n")[0]).toBe("// 握手小测：SynAck 按 RFC 9293 生成的 5 道题");
  });
});
