// What a student who wants the grade without the work would try: read the answer key out of the pages, the data the
// pages are built from, the API, the downloads and the teacher's addresses, while an assignment keeps the right
// answers back until its due date.
import { expect, type Page, test } from "@playwright/test";
import type { Question } from "../lib/quiz";
import { rowsIn } from "../scripts/lib/rows";
import { answerByApi, downloaded, signUp } from "./support/accounts";
import { answerWithKeyboard, questionsOfAttempt, sharedDatabaseFile } from "./support/quiz";
import { screenshot } from "./support/screenshot";

/** Letters and digits only: a text still matches after HTML, JSON or the pages' data format has escaped it. */
const plain = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, "").toLowerCase();

/** What in `body` would tell the student an answer key: a question's own id, its explanation, a secret key. */
function secretsIn(body: string, questions: readonly Question[], keys: readonly string[]): string[] {
  const haystack = plain(body);
  return [
    ...questions.flatMap((q) => [q.id, q.explanation]).filter((s) => haystack.includes(plain(s))),
    ...keys.filter((k) => body.includes(k)),
  ];
}

/** The page as the server sends it, and the data the app's router fetches for it. */
async function bodiesOf(page: Page, path: string): Promise<string[]> {
  const html = await page.request.get(path);
  const data = await page.request.get(path, { headers: { RSC: "1" } });
  return [await html.text(), await data.text()];
}

test("a student cannot read the answer key of an assignment that shows answers after the due date", async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const teacher = await signUp(browser, testInfo.project.use, "Tara");
  await teacher.goto("/classes");
  await teacher.getByRole("button", { name: "I teach: let me create classes" }).click();
  await teacher.getByLabel("Class name").fill("Protocols");
  await teacher.getByRole("button", { name: "Create class" }).click();
  const classUrl = new URL(teacher.url()).pathname;
  const code = (await teacher.getByTestId("join-code").textContent()) ?? "";
  await teacher.getByLabel("Title").fill("Midterm");
  await teacher.getByLabel(/^Questions/).fill("5");
  await teacher.getByLabel("Students see the right answers").selectOption("due");
  await teacher.getByRole("button", { name: "Set assignment" }).click();
  await teacher.getByRole("link", { name: "Midterm" }).click();
  await expect(teacher).toHaveURL(/\/assignments\/\w+$/);
  const resultsUrl = new URL(teacher.url()).pathname;

  const student = await signUp(browser, testInfo.project.use, "Stan");
  await student.goto(`/classes/join?code=${code}`);
  await student.getByRole("button", { name: "Join class" }).click();
  await student.getByTestId("assignments").getByRole("button", { name: "Start" }).click();
  await expect(student).toHaveURL(/\/quiz\/\w+$/);
  const quizUrl = new URL(student.url()).pathname;
  const attemptId = quizUrl.split("/")[2] ?? "";
  // Only the test, reading the database, knows the questions and the keys they come from.
  const questions = await questionsOfAttempt(student);
  const keys = rowsIn<{ key: string }>(
    sharedDatabaseFile(),
    `SELECT seedKey AS key FROM "Attempt" WHERE id = '${attemptId}'
     UNION SELECT a.seedKey FROM "Assignment" a JOIN "Attempt" t ON t.assignmentId = a.id WHERE t.id = '${attemptId}'`,
  ).map((r) => r.key);
  expect(keys).toHaveLength(2);
  await expect(student.getByTestId("quiz-share")).toHaveCount(0);

  // First answer wrong, with the keyboard: the page says it is recorded and nothing more.
  await answerWithKeyboard(student, questions[0] as Question, true);
  await expect(student.getByTestId("recorded")).toHaveText(/^Answer recorded/);
  await expect(student.getByTestId("feedback")).toHaveCount(0);
  await screenshot(student, testInfo, "answer-withheld");

  // The answer API tells no more than the page: the recorded response, and that the rest is withheld.
  const reply = await student.evaluate(
    async ({ url, response }) =>
      (
        await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ questionId: "q2", response }),
        })
      ).json(),
    { url: `/api/v1/attempts/${attemptId}/answers`, response: questions[1]?.answer },
  );
  expect(Object.keys(reply.feedback ?? reply).sort()).toEqual(["questionId", "response", "withheld"]);
  expect(JSON.stringify(reply)).not.toMatch(/"(correct|answer|explanation|rfc|figure)"/);

  const studentPaths = [quizUrl, `${quizUrl}/results`, "/quiz", "/me", "/me/history.csv", classUrl, "/flashcards"];
  for (const path of studentPaths) {
    for (const body of await bodiesOf(student, path)) {
      expect(secretsIn(body, questions, keys), `${path} tells the student`).toEqual([]);
    }
  }
  // Nothing the teacher downloads or reads is the student's to fetch.
  for (const path of [
    resultsUrl,
    `${resultsUrl}/edit`,
    `${resultsUrl}/quiz.md`,
    `${resultsUrl}/quiz.gift`,
    `${resultsUrl}/quiz.moodle.xml`,
    `${resultsUrl}/quiz.qti.zip`,
    `${resultsUrl}/grades.csv`,
    `${classUrl}/results`,
    `${classUrl}/grades.csv`,
  ]) {
    expect((await student.request.get(path)).status(), path).toBe(404);
  }
  // No public seed gives the assignment's questions.
  const prompts = questions.map((q) => q.prompt).join("\n");
  for (let seed = 0; seed < 40; seed++) {
    const generated = (await (await student.request.get(`/api/v1/questions?seed=${seed}&count=5`)).json()) as {
      prompt: string;
    }[];
    expect(generated.map((q) => q.prompt).join("\n")).not.toBe(prompts);
  }

  // The rest answered right. Submitted: the results page, the history and the profile keep the score back.
  await student.reload();
  for (const [i, q] of questions.entries()) if (i > 1) await answerByApi(student, attemptId, q, i, false);
  await student.goto(`${quizUrl}/results`);
  await expect(student.getByTestId("withheld")).toContainText("Your teacher shows the score and the right answers");
  await expect(student.getByTestId("score")).toHaveCount(0);
  await screenshot(student, testInfo, "results-withheld");
  await student.goto("/quiz");
  await expect(student.getByTestId("history").locator("tbody tr").first()).toContainText("score shown later");
  await expect(student.getByTestId("history")).not.toContainText("seed");
  await student.goto("/me");
  await expect(student.getByTestId("answer-count")).toHaveText("None yet");
  await expect(student.getByTestId("kept-back-count")).toHaveText(
    "5 more answers in assignments whose results your teacher has not shown yet",
  );
  await expect(student.getByTestId("weak-spots")).toHaveCount(0);
  await student.goto("/me");
  const history = (await downloaded(student, "Your history (.csv)")).trimEnd().split("\r\n").slice(1);
  // time, source, item, answer (quoted when it holds commas), correct, duration: read item from the front and
  // correct from the back.
  expect(history.map((line) => line.split(",")[2])).toEqual(["q1", "q2", "q3", "q4", "q5"]);
  expect(history.map((line) => line.split(",").at(-2))).toEqual(["", "", "", "", ""]);
  for (const path of studentPaths) {
    for (const body of await bodiesOf(student, path)) {
      expect(secretsIn(body, questions, keys), `${path} tells the student`).toEqual([]);
    }
  }

  // The teacher closes the assignment: its due date has come early, and the student sees everything.
  await teacher.goto(resultsUrl);
  await teacher.getByRole("button", { name: "Close now" }).click();
  await teacher.getByRole("dialog", { name: "Close now" }).getByRole("button", { name: "Close now" }).click();
  await expect(teacher.getByTestId("closed")).toBeVisible();
  await student.goto(`${quizUrl}/results`);
  await expect(student.getByTestId("score")).toHaveText("4 / 5");
  await expect(student.getByRole("main")).toContainText(questions[0]?.explanation ?? "");
  await student.goto("/me");
  await expect(student.getByTestId("answer-count")).toHaveText("5 (4 right)");
  await expect(student.getByTestId("kept-back-count")).toHaveCount(0);
  await student.goto("/quiz");
  await expect(student.getByTestId("history").locator("tbody tr").first()).toContainText("4 / 5");
});
