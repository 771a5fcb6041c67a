import { expect, test } from "@playwright/test";
import { BANK } from "../lib/interview";
import { englishInChinesePage } from "./support/english-in-chinese";
import { screenshot } from "./support/screenshot";

test("a mock interview: reveal, rate, and the weak answer turns up in the flashcards", async ({ page }, testInfo) => {
  await page.goto("/interview");
  await page.getByRole("link", { name: "Start a mock interview" }).click();
  await expect(page.getByTestId("mock")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByRole("timer")).toHaveText(/^[12]:\d\d$/);
  const first = (await page.getByTestId("mock-question").textContent()) ?? "";
  const weak = BANK.find((q) => q.question.en === first);
  expect(weak).toBeTruthy();
  await page.getByRole("button", { name: "Reveal the model answer" }).click();
  await expect(page.getByTestId("mock-answer")).toHaveText(weak?.answer.en ?? "");
  // The button pressed is gone: focus moves to the answer it revealed, not back to the page.
  await expect(page.getByTestId("mock-answer").locator("..")).toBeFocused();
  await screenshot(page, testInfo, "mock-interview");
  await page.getByRole("button", { name: "Weak: add it to my flashcards" }).click();
  for (let i = 1; i < 8; i++) {
    await expect(page.getByText(`Question ${i + 1} of 8`)).toBeVisible();
    await page.getByRole("button", { name: "Reveal the model answer" }).click();
    await page.getByRole("button", { name: i % 2 ? "I nailed it" : "Partly" }).click();
  }
  await expect(page.getByTestId("mock-done")).toContainText("4 nailed, 3 partly, 1 weak.");
  await expect(page.getByTestId("mock-done").getByRole("heading")).toBeFocused();

  await page.getByRole("link", { name: "Review interview flashcards" }).click();
  await expect(page.getByTestId("review")).toHaveAttribute("data-hydrated", "true");
  // The weak one is learning, due within a minute: first in line once due, counted as to review.
  await expect(page.getByTestId("queue-counts")).toContainText("to review");
  await page.goto("/flashcards");
  await expect(page.locator('[data-deck="interview"]').getByTestId("deck-counts")).toContainText(
    `1 of ${BANK.length} seen`,
  );
});

test("a typed answer is read against the model: a state that does not exist is marked in the learner's own text", async ({
  page,
}, testInfo) => {
  await page.goto("/interview/mock");
  await expect(page.getByTestId("mock")).toHaveAttribute("data-hydrated", "true");
  const shown = (await page.getByTestId("mock-question").textContent()) ?? "";
  const q = BANK.find((x) => x.question.en === shown);
  expect(q).toBeTruthy();
  const answer = "The client sends SYN and goes to SYN-SENT, later FIN-WAIT-3, and the app calls close().";
  await page.getByLabel("Your answer (optional, not saved)").fill(answer);
  await page.getByRole("button", { name: "Reveal the model answer" }).click();
  const checked = page.getByTestId("checked-answer");
  await expect(checked.getByRole("heading")).toHaveText("Your answer, read against the model");
  // The learner's own words, with the names marked where they wrote them; "close()" is no state.
  await expect(checked.locator("p").first()).toHaveText(answer);
  const marked = checked.locator("p").first().locator("mark");
  await expect(marked.filter({ hasText: /^SYN-SENT$/ })).toHaveAttribute("data-verdict", /ok|order|absent/);
  await expect(marked.filter({ hasText: /^FIN-WAIT-3$/ })).toHaveCount(1);
  await expect(marked.filter({ hasText: /close/ })).toHaveCount(0);
  await expect(checked.locator("mark[data-verdict=unknown]")).toHaveText("FIN-WAIT-3");
  await expect(checked.locator("li[data-verdict=unknown]")).toContainText('RFC 9293 has no state "FIN-WAIT-3"');
  await expect(page.getByLabel("Your answer (optional, not saved)")).toHaveJSProperty("readOnly", true);
  await screenshot(page, testInfo, "mock-interview-checked");
  // The next question starts with an empty answer.
  await page.getByRole("button", { name: "I nailed it" }).click();
  await expect(page.getByLabel("Your answer (optional, not saved)")).toHaveValue("");
  await expect(page.getByTestId("checked-answer")).toHaveCount(0);
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("a mock interview in Chinese: the question, the answer, the ratings and the tally", async ({
    page,
  }, testInfo) => {
    await page.goto("/interview/mock");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("模拟面试");
    await expect(page.getByTestId("mock")).toHaveAttribute("data-hydrated", "true");
    await expect(page.getByText("第 1 题（共 8 题）")).toBeVisible();
    await expect(page.getByTestId("mock")).toContainText("思考时间：");
    await expect(page.getByRole("timer")).toHaveText(/^[12]:\d\d$/);
    const shown = (await page.getByTestId("mock-question").textContent()) ?? "";
    const q = BANK.find((x) => x.question.zh === shown);
    expect(q).toBeTruthy();
    await page.getByRole("button", { name: "显示参考答案" }).click();
    await expect(page.getByTestId("mock-answer")).toHaveText(q?.answer.zh ?? "");
    await expect(page.locator('[lang="en"]').filter({ hasText: q?.answer.en ?? "" })).toBeVisible();
    expect(await englishInChinesePage(page)).toEqual([]);
    await screenshot(page, testInfo, "mock-interview-zh");
    for (let i = 0; i < 8; i++) {
      if (i > 0) await page.getByRole("button", { name: "显示参考答案" }).click();
      await page.getByRole("button", { name: i < 5 ? "答得很好" : "答对一部分" }).click();
    }
    await expect(page.getByTestId("mock-done")).toContainText("面试结束");
    await expect(page.getByTestId("mock-done")).toContainText("答得很好 5 道，答对一部分 3 道，没答好 0 道。");
    await expect(page.getByRole("link", { name: "复习面试抽认卡" })).toBeVisible();
    expect(await englishInChinesePage(page)).toEqual([]);
  });

  test("a typed answer in Chinese is read in Chinese: textbook names, and the notes in Chinese", async ({
    page,
  }, testInfo) => {
    await page.goto("/interview/mock");
    await expect(page.getByTestId("mock")).toHaveAttribute("data-hydrated", "true");
    await page.getByLabel("你的答案（可不填，不会保存）").fill("客户端先进入同步已发送，之后进入 FIN-WAIT-3。");
    await page.getByRole("button", { name: "显示参考答案" }).click();
    const checked = page.getByTestId("checked-answer");
    await expect(checked.getByRole("heading")).toHaveText("对照模型看你的答案");
    await expect(checked.locator("mark[data-verdict=unknown]")).toHaveText("FIN-WAIT-3");
    await expect(checked.locator("li[data-verdict=unknown]")).toContainText("RFC 9293 中没有");
    await expect(checked.locator("p").first().locator("mark").first()).toHaveText("同步已发送");
    await screenshot(page, testInfo, "mock-interview-checked-zh");
  });
});
