// `npm run bench`: the performance figures in one run, each beside the floor or peer it is compared with and the
// budget it is held to.
// Prints a readable table on stderr and one JSON object on stdout (`npm run bench --silent > bench.json`).
//   --only=questions,submit,pages,crash,db,capture   run some sections (default: all)
//   --capture-mb=N                     the synthetic capture's size for the capture section (default 100; 1024 for 1 GB)
//   --quick                            short load tests (5 s, 50 connections) and no Lighthouse: a smoke run
//   --skip-build                       serve the existing .next-bench build
//   --strict                           exit 1 when a budget is missed
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { openDatabase } from "@/lib/db";
import { PAGE_ROUTES } from "../e2e/support/routes";
import { checkBudgets, type Figures } from "./bench/budgets";
import { benchCapture, type CaptureFigures } from "./bench/capture";
import { benchCrash, type CrashFigures } from "./bench/crash";
import { measureDbSize } from "./bench/db-size";
import { getLoad, type LoadResult, postLoad } from "./bench/load";
import { firstLoadJs, lighthouse, vitals } from "./bench/pages";
import { benchQuestions, type QuestionFigures } from "./bench/questions";
import { seedQuizzes } from "./bench/seed";
import { freePort } from "./lib/preflight";
import { toolEntry } from "./lib/run";
import { type RunningServer, startApp, startProcess } from "./lib/server";

const DIST_DIR = ".next-bench";
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const only = args
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");
const wants = (section: string) => !only || only.includes(section);
const quick = flag("quick");
const LOAD = quick ? { connections: 50, durationS: 5, warmupS: 2 } : { connections: 200, durationS: 20, warmupS: 5 };

const log = (...parts: unknown[]) => console.error(...parts);

/** Runs a command with its output on stderr (stdout is kept for the JSON). */
function runQuiet(command: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, { env, stdio: ["ignore", process.stderr, process.stderr] });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command.join(" ")} exited ${code}`))));
  });
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    date: new Date().toISOString(),
  };
}

async function migratedDatabase(dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  await runQuiet([toolEntry("prisma"), "migrate", "deploy"], { ...process.env, DATABASE_URL: `file:${file}` });
  return file;
}

function copyDatabase(from: string, to: string): string {
  const db = new Database(from);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  fs.copyFileSync(from, to);
  return to;
}

function countAnswers(file: string): number {
  const db = new Database(file, { readonly: true });
  const row = db.prepare(`SELECT COUNT(*) AS n FROM "Answer"`).get() as { n: number };
  db.close();
  return row.n;
}

async function main(): Promise<void> {
  const figures: Figures & Record<string, unknown> = { machine: machine() };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "synack-bench-"));
  const servers: RunningServer[] = [];
  try {
    if (wants("questions")) {
      log("· question generation");
      figures.questions = benchQuestions();
    }

    if (wants("submit") || wants("pages") || wants("crash")) {
      if (!flag("skip-build") || !fs.existsSync(path.join(DIST_DIR, "BUILD_ID"))) {
        log(`· building into ${DIST_DIR}`);
        await runQuiet([toolEntry("next"), "build"], {
          ...process.env,
          NEXT_DIST_DIR: DIST_DIR,
          NEXT_TELEMETRY_DISABLED: "1",
        });
      }
      log("· seeding quizzes");
      const template = await migratedDatabase(dir, "template.db");
      const seedDb = await openDatabase(template);
      // Enough distinct answers that the app never runs out in the measured run.
      const seeded = await seedQuizzes(seedDb, quick ? 400 : 3600);
      // One quiz is kept out of the load, so the page measurements open a quiz in progress (a finished one
      // redirects to its results, and Lighthouse drops the cookie it was given on the redirect).
      const pageQuiz = seeded.answers.at(-1);
      const loadAnswers = seeded.answers.filter((a) => a.attemptId !== pageQuiz?.attemptId);
      await seedDb.$disconnect();
      const appDb = copyDatabase(template, path.join(dir, "app.db"));
      const floorDb = copyDatabase(template, path.join(dir, "floor.db"));
      const crashDb = copyDatabase(template, path.join(dir, "crash.db"));
      const before = countAnswers(appDb);
      if (wants("crash")) {
        const size = quick
          ? { concurrency: 20, minAcknowledged: 300, minLoadS: 2 }
          : { concurrency: 100, minAcknowledged: 5000, minLoadS: 10 };
        log(`· crash: ${size.concurrency} answers in flight, kill -9 after ${size.minLoadS} s, restart, count`);
        figures.crash = await benchCrash({
          databaseFile: crashDb,
          distDir: DIST_DIR,
          answers: seeded.answers,
          ...size,
        });
      }
      const app = wants("submit") || wants("pages") ? await startApp({ databaseFile: appDb, distDir: DIST_DIR }) : null;
      if (app) servers.push(app);

      if (app && wants("submit")) {
        let i = 0;
        const source = {
          next: () => {
            const a = loadAnswers[i % loadAnswers.length];
            i += 1;
            return {
              path: `/api/v1/attempts/${a?.attemptId}/answers`,
              body: JSON.stringify({ questionId: a?.questionId, response: a?.response, durationMs: 4000 }),
              headers: { cookie: `synack_guest=${a?.guestToken}` },
            };
          },
        };
        log(
          `· answer submission: warm-up ${LOAD.warmupS} s, then ${LOAD.connections} connections for ${LOAD.durationS} s`,
        );
        await postLoad(`${app.url}`, source, { connections: 10, durationS: LOAD.warmupS });
        const submit: LoadResult & { rowsWritten?: number; repeats?: number } = await postLoad(app.url, source, {
          connections: LOAD.connections,
          durationS: LOAD.durationS,
        });
        submit.rowsWritten = countAnswers(appDb) - before;
        submit.repeats = Math.max(0, i - loadAnswers.length);
        figures.submit = submit;
        // Context for the ratio: the same server answering its health check (one trivial query, no cookie, no body).
        log("· the framework's own floor: GET /api/health, same load");
        figures.healthRoute = await getLoad(`${app.url}/api/health`, {
          connections: LOAD.connections,
          durationS: Math.min(LOAD.durationS, 10),
        });

        // The floor, measured the same way right after, on its own copy of the same database.
        await app.stop();
        servers.pop();
        const port = await freePort();
        const floor = await startProcess(["--import", "tsx", "scripts/bench/floor-server.ts"], port, "/health", {
          DB_FILE: floorDb,
          LEARNER_ID: seeded.learnerId,
        });
        servers.push(floor);
        let j = 0;
        const floorSource = {
          next: () => {
            const a = seeded.answers[j % seeded.answers.length];
            const round = Math.floor(j / seeded.answers.length);
            j += 1;
            return {
              path: `/api/v1/attempts/${a?.attemptId}/answers`,
              // The floor checks nothing, so a second round only needs a different question id to stay unique.
              body: JSON.stringify({
                questionId: `${a?.questionId}#${round}`,
                response: a?.response,
                durationMs: 4000,
              }),
            };
          },
        };
        log("· the floor: bare node:http + better-sqlite3, same load");
        await postLoad(floor.url, floorSource, { connections: 10, durationS: LOAD.warmupS });
        figures.floor = await postLoad(floor.url, floorSource, {
          connections: LOAD.connections,
          durationS: LOAD.durationS,
        });
        await floor.stop();
        servers.pop();
      }

      if (wants("pages")) {
        const server = servers[0] ?? (await startApp({ databaseFile: appDb, distDir: DIST_DIR }));
        if (!servers.includes(server)) servers.push(server);
        const last = pageQuiz;
        const quizRoute = `/quiz/${last?.attemptId}`;
        const guestToken = last?.guestToken ?? "";
        const routes: string[] = [...PAGE_ROUTES];
        routes.splice(routes.indexOf("/quiz") + 1, 0, quizRoute, `${quizRoute}/results`);
        log("· first-load JS per route");
        figures.js = (await firstLoadJs(server.url, routes, guestToken)).map((r) =>
          r.route === quizRoute
            ? { ...r, route: "/quiz/[id]" }
            : r.route === `${quizRoute}/results`
              ? { ...r, route: "/quiz/[id]/results" }
              : r,
        );
        const key = ["/", quizRoute, "/learn/handshake"];
        const named = (route: string) => (route === quizRoute ? "/quiz/[id]" : route);
        log("· LCP and TBT on localhost");
        figures.vitals = (await vitals(server.url, key, guestToken)).map((v) => ({
          ...v,
          route: named(v.route),
        }));
        if (!quick) {
          log("· Lighthouse (mobile profile)");
          figures.lighthouse = (await lighthouse(server.url, key, guestToken)).map((l) => ({
            ...l,
            route: named(l.route),
          }));
        }
      }
    }

    if (wants("capture")) {
      const mb = Number(args.find((a) => a.startsWith("--capture-mb="))?.slice(13) ?? (quick ? 20 : 100));
      log(`· capture: a ${mb} MB synthetic capture explained by the CLI, beside tshark printing its fields`);
      figures.capture = await benchCapture(dir, mb);
    }

    if (wants("db")) {
      log("· database size after 100,000 answers");
      figures.dbSize = measureDbSize(await migratedDatabase(dir, "size.db"), 100_000);
    }
  } finally {
    for (const s of servers) await s.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const checks = checkBudgets(figures);
  printTable(figures, checks);
  console.log(JSON.stringify({ ...figures, budgets: checks }, null, 2));
  if (flag("strict") && checks.some((c) => !c.ok)) process.exitCode = 1;
}

function printTable(f: Figures & Record<string, unknown>, checks: ReturnType<typeof checkBudgets>): void {
  const m = f.machine as ReturnType<typeof machine>;
  log(`\nSynAck benchmarks — ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.node}`);
  if (f.submit && f.floor) {
    const s = f.submit as LoadResult;
    const fl = f.floor as LoadResult;
    const row = (name: string, r: LoadResult) =>
      log(
        `  ${name.padEnd(16)} ${String(r.requestsPerS).padStart(8)} ${String(r.latencyP50Ms).padStart(9)} ${String(r.latencyP99Ms).padStart(8)} ${String(r.errors).padStart(8)}`,
      );
    log("\n                      req/s    p50 ms   p99 ms   errors");
    row("app (answers)", s);
    if (f.healthRoute) row("app /api/health", f.healthRoute as LoadResult);
    row("floor", fl);
    log(`  app / floor      ${((s.requestsPerS / Math.max(1, fl.requestsPerS)) * 100).toFixed(0)} %`);
  }
  if (f.questions) {
    const q = f.questions as QuestionFigures;
    log(
      `\n  questions/s ${q.questionsPerS} (${q.perBatch} a batch) · 40-question quiz ${q.quiz40MedianMs} ms (median)`,
    );
    log(`  version 1 of the generator, same run: ${q.version1.questionsPerS}/s (${q.version1.perBatch} a batch)`);
  }
  const capture = f.capture as CaptureFigures | undefined;
  if (capture) {
    log(
      `\n  capture: ${capture.fileMb} MB, ${capture.packets} packets, ${capture.connections} connections · synack ${capture.synackMbPerS} MB/s (${capture.synackS} s, peak ${capture.synackMaxRssMb} MB)`,
    );
    log(
      "missing" in capture.tshark
        ? `  tshark: ${capture.tshark.missing}`
        : `  tshark -T fields, same file: ${capture.tshark.mbPerS} MB/s (${capture.tshark.seconds} s) · synack / tshark ${capture.ratio}x`,
    );
  }
  if (f.js) {
    log("\n  first-load JS (gzip)");
    for (const r of f.js) log(`    ${r.route.padEnd(28)} ${String(r.jsKbGzip).padStart(7)} KB`);
  }
  for (const v of f.vitals ?? []) log(`  LCP ${v.route}: ${v.lcpMs} ms`);
  const crash = f.crash as CrashFigures | undefined;
  if (crash) {
    log(
      `\n  kill -9 after ${crash.loadS} s at ${crash.concurrency} in flight: ${crash.acknowledged} acknowledged, ${crash.recorded} recorded, ${crash.lost} lost; integrity ${crash.integrity}`,
    );
  }
  const db = f.dbSize as { fileBytes: number; bytesPerAnswer: number } | undefined;
  if (db)
    log(
      `\n  database after 100,000 answers: ${(db.fileBytes / 2 ** 20).toFixed(1)} MB (${db.bytesPerAnswer} B/answer)`,
    );
  const missed = checks.filter((c) => !c.ok);
  log(`\n  budgets: ${checks.length - missed.length}/${checks.length} met`);
  for (const c of missed) log(`  MISSED  ${c.budget}: ${c.actual}`);
  log("");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
