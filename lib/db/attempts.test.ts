import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { practiceSpec } from "@/lib/quiz";
import { freshDatabase, type TestDatabase } from "@/tests/support/database";
import { weakSpots } from "./answers";
import {
  attemptAnswers,
  createAttempt,
  findAttempt,
  findGuestAttempt,
  listAttempts,
  saveAttemptAnswer,
} from "./attempts";
import { findOrCreateGuest, linkLearnerToUser } from "./learners";
import type { QuizSpec } from "./types";

let db: TestDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  await db.close();
});

const spec: QuizSpec = practiceSpec({
  seed: 42,
  count: 2,
  level: "basics",
  focus: "handshake",
  lang: "en",
  only: null,
});

async function twoLearners() {
  return [await findOrCreateGuest("a".repeat(64), db.client), await findOrCreateGuest("b".repeat(64), db.client)];
}

const answer = (learnerId: string, attemptId: string, questionId: string, correct = true) => ({
  learnerId,
  attemptId,
  questionId,
  questionType: "next-state",
  basisKey: "LISTEN|rcv SYN",
  response: "SYN-RECEIVED",
  correct,
  durationMs: 1200,
});

describe("quiz attempts", () => {
  it("stores the spec, so the same questions can be regenerated", async () => {
    const [a] = await twoLearners();
    const created = await createAttempt(a!.id, { ...spec, only: ["x", "y"] }, null, db.client);
    const found = await findAttempt(a!.id, created.id, db.client);
    expect(found?.spec).toEqual({ ...spec, only: ["x", "y"] });
    expect(found?.finishedAt).toBeNull();
  });

  it("does not show one learner's attempt to another", async () => {
    const [a, b] = await twoLearners();
    const created = await createAttempt(a!.id, spec, null, db.client);
    expect(await findAttempt(b!.id, created.id, db.client)).toBeNull();
    expect(await findAttempt(a!.id, "no-such-id", db.client)).toBeNull();
  });

  it("finds a guest's attempt by the guest's token hash, and by no other", async () => {
    // Two guests: the other one's hash finds nothing.
    const [a] = await twoLearners();
    const created = await createAttempt(a!.id, spec, null, db.client);
    const found = await findGuestAttempt("a".repeat(64), created.id, db.client);
    expect(found).toEqual(await findAttempt(a!.id, created.id, db.client));
    expect(found).toMatchObject({ learnerId: a!.id, spec, rules: null });
    expect(await findGuestAttempt("b".repeat(64), created.id, db.client)).toBeNull();
    expect(await findGuestAttempt("c".repeat(64), created.id, db.client)).toBeNull();
    expect(await findGuestAttempt("a".repeat(64), "no-such-id", db.client)).toBeNull();

    // Once the guest has become an account, its old cookie opens nothing.
    const user = await db.client.user.create({ data: { id: "user-a", email: "a@example.com", name: "A" } });
    await linkLearnerToUser(user.id, "a".repeat(64), db.client);
    expect(await findGuestAttempt("a".repeat(64), created.id, db.client)).toBeNull();
    expect(await findAttempt(a!.id, created.id, db.client)).not.toBeNull();
  });

  it("records an answer sent twice once, keeping the first", async () => {
    const [a] = await twoLearners();
    const { id } = await createAttempt(a!.id, spec, null, db.client);
    const first = await saveAttemptAnswer(answer(a!.id, id, "q1", true), 2, db.client);
    const again = await saveAttemptAnswer({ ...answer(a!.id, id, "q1", false), response: "CLOSED" }, 2, db.client);
    expect(first).toMatchObject({ duplicate: false, answered: 1 });
    expect(again).toEqual({ duplicate: true, answer: first.answer, answered: 1 });
    expect(await db.client.answer.count()).toBe(1);
  });

  it("finishes an attempt whose last answer was recorded but not followed by finishing it, when that answer comes again", async () => {
    const [a] = await twoLearners();
    const { id } = await createAttempt(a!.id, spec, null, db.client);
    await saveAttemptAnswer(answer(a!.id, id, "q1", true), 2, db.client);
    // The last answer is in, but the server died before marking the attempt finished.
    await db.client.answer.create({ data: { ...answer(a!.id, id, "q2", true), source: "quiz" } });
    expect((await findAttempt(a!.id, id, db.client))?.finishedAt).toBeNull();
    const again = await saveAttemptAnswer(answer(a!.id, id, "q2", true), 2, db.client);
    expect(again).toMatchObject({ duplicate: true, answered: 2 });
    expect((await findAttempt(a!.id, id, db.client))?.finishedAt).toBeInstanceOf(Date);
  });

  it("records answers sent at the same moment once each", async () => {
    const [a] = await twoLearners();
    const { id } = await createAttempt(a!.id, spec, null, db.client);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => saveAttemptAnswer(answer(a!.id, id, "q1"), 2, db.client)),
    );
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await db.client.answer.count()).toBe(1);
  });

  it("marks the attempt finished when its last question is answered, and lists it with its score", async () => {
    const [a] = await twoLearners();
    const { id } = await createAttempt(a!.id, spec, null, db.client);
    await saveAttemptAnswer(answer(a!.id, id, "q1", true), 2, db.client);
    expect((await findAttempt(a!.id, id, db.client))?.finishedAt).toBeNull();
    await saveAttemptAnswer(answer(a!.id, id, "q2", false), 2, db.client);
    expect((await findAttempt(a!.id, id, db.client))?.finishedAt).toBeInstanceOf(Date);
    expect((await attemptAnswers(id, db.client)).map((x) => x.questionId)).toEqual(["q1", "q2"]);
    expect(await listAttempts(a!.id, 20, db.client)).toMatchObject([{ id, answered: 2, correct: 1 }]);
  });

  it("counts wrong answers per transition, the most missed first", async () => {
    const [a] = await twoLearners();
    const { id } = await createAttempt(a!.id, { ...spec, count: 4 }, null, db.client);
    const at = (q: string, key: string, correct: boolean) => ({ ...answer(a!.id, id, q, correct), basisKey: key });
    await saveAttemptAnswer(at("q1", "ESTABLISHED|rcv FIN", false), 4, db.client);
    await saveAttemptAnswer(at("q2", "ESTABLISHED|rcv FIN", true), 4, db.client);
    await saveAttemptAnswer(at("q3", "LISTEN|rcv SYN", false), 4, db.client);
    await saveAttemptAnswer(at("q4", "CLOSED|active OPEN", true), 4, db.client);
    expect(await weakSpots(a!.id, 5, db.client)).toEqual([
      { basisKey: "LISTEN|rcv SYN", wrong: 1, total: 1 },
      { basisKey: "ESTABLISHED|rcv FIN", wrong: 1, total: 2 },
    ]);
  });
});
