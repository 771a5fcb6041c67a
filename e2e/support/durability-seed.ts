// Seeds a running server's database through the app's own code, for e2e/durability.spec.ts, and prints JSON:
//   node --import tsx e2e/support/durability-seed.ts quizzes <database file> <learners>
//   node --import tsx e2e/support/durability-seed.ts class <database file> <students>
//   node --import tsx e2e/support/durability-seed.ts results <database file> <assignment id>
// A separate process because Prisma's generated client is an ES module that Playwright's loader cannot require.
import crypto from "node:crypto";
import { createAuth } from "@/lib/auth/auth";
import { authSecret } from "@/lib/auth/secret";
import { newAssignmentKey, startAssignment } from "@/lib/classes/assignments";
import { assignmentResults, createAssignment, createClass, type DbClient, findAttempt, openDatabase } from "@/lib/db";
import { quizQuestions } from "@/lib/quiz";
import { LIVE_VERSION } from "@/lib/versions";
import { seedQuizzes } from "../../scripts/bench/seed";

/** One student of the class, signed in, with an attempt at the assignment and a right answer to its first question. */
export type SeatedStudent = { cookie: string; attemptId: string; questionId: string; response: string | string[] };

export type SeatedClass = { assignmentId: string; students: SeatedStudent[] };

/** What the teacher's results page counts: students with one attempt and one answer in it, and answers in all. */
export type ClassCounts = { students: number; studentsWithOneAnswer: number; answers: number };

/**
 * better-auth's session cookie as the test server sets it (plain http on localhost, so without the `__Secure-` prefix
 * that HTTPS gets): the token, a dot and the token's HMAC-SHA256 under the app's secret in base64, URI-encoded, as
 * better-call signs it.
 */
function sessionCookie(token: string, secret: string): string {
  const signature = crypto.createHmac("sha256", secret).update(token).digest("base64");
  return `better-auth.session_token=${encodeURIComponent(`${token}.${signature}`)}`;
}

/**
 * A class of `size` signed-in students with one open assignment, each having started their attempt through
 * `startAssignment`. Accounts are made directly (as the unit tests make them) and sessions by better-auth's own
 * adapter with the secret the server keeps beside its database: signing 500 people up over HTTP would spend minutes
 * hashing passwords and trip the sign-up limit.
 */
async function seatClass(db: DbClient, databaseFile: string, size: number): Promise<SeatedClass> {
  const run = crypto.randomBytes(4).toString("hex");
  const teacherId = `teacher-${run}`;
  await db.user.create({ data: { id: teacherId, name: "Tess", email: `${teacherId}@example.com`, role: "teacher" } });
  const { id: classId } = await createClass(teacherId, "Load test", db);
  const ids = Array.from({ length: size }, (_, i) => `student-${run}-${i}`);
  await db.user.createMany({ data: ids.map((id) => ({ id, name: id, email: `${id}@example.com` })) });
  await db.learner.createMany({ data: ids.map((userId) => ({ userId, kind: "account" })) });
  await db.membership.createMany({ data: ids.map((userId) => ({ classId, userId })) });
  const now = Date.now();
  const assignment = await createAssignment(
    teacherId,
    classId,
    {
      title: "Everything, at once",
      spec: { generator: LIVE_VERSION, count: 5, level: null, focus: "everything", lang: "en" },
      seedKey: newAssignmentKey(),
      perStudentSeed: false,
      sameQuestions: false,
      reveal: "question",
      opensAt: new Date(now - 60_000),
      dueAt: new Date(now + 3_600_000),
      timeLimitS: null,
      maxAttempts: 1,
    },
    db,
  );
  if (!assignment) throw new Error("the teacher could not set the assignment");

  const secret = authSecret({ ...process.env, DATABASE_URL: `file:${databaseFile}` });
  const sessions = (await createAuth(db, secret).$context).internalAdapter;
  const learners = await db.learner.findMany({ where: { userId: { in: ids } }, select: { id: true, userId: true } });
  const students: SeatedStudent[] = [];
  for (const { id: learnerId, userId } of learners) {
    const user = { id: userId ?? "" };
    const started = await startAssignment(user, learnerId, assignment.id, new Date(), db);
    if (!started.ok) throw new Error(`${user.id} could not start the assignment: ${started.error}`);
    const attempt = await findAttempt(learnerId, started.attemptId, db);
    const first = attempt ? quizQuestions(attempt.spec)[0] : undefined;
    if (!first) throw new Error(`${user.id}'s attempt has no questions`);
    const session = await sessions.createSession(user.id);
    students.push({
      cookie: sessionCookie(session.token, secret),
      attemptId: started.attemptId,
      questionId: "q1",
      response: first.answer,
    });
  }
  return { assignmentId: assignment.id, students };
}

async function classCounts(db: DbClient, assignmentId: string): Promise<ClassCounts> {
  const { classId } = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
  const results = await assignmentResults(assignmentId, classId, db);
  return {
    students: results.students.length,
    studentsWithOneAnswer: results.students.filter((s) => s.attempts.length === 1 && s.attempts[0]?.answered === 1)
      .length,
    answers: results.answers.length,
  };
}

async function main(): Promise<void> {
  const [command, file, arg] = process.argv.slice(2);
  if (!file || !arg) throw new Error("usage: durability-seed.ts quizzes|class|results <database file> <n or id>");
  const db = await openDatabase(file);
  try {
    if (command === "quizzes") console.log(JSON.stringify((await seedQuizzes(db, Number(arg))).answers));
    else if (command === "class") console.log(JSON.stringify(await seatClass(db, file, Number(arg))));
    else if (command === "results") console.log(JSON.stringify(await classCounts(db, arg)));
    else throw new Error(`unknown command ${command}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
