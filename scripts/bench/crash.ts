import fs from "node:fs";
import { startKillableServer } from "../../e2e/support/durability-server";
import { crashTrial } from "../lib/crash-trial";
import type { SeededQuizzes } from "./seed";

export type CrashFigures = {
  concurrency: number;
  loadS: number;
  acknowledged: number;
  inFlightAtKill: number;
  recorded: number;
  lost: number;
  damaged: number;
  refused: number;
  integrity: string;
  foreignKeyProblems: number;
  finishedEarly: number;
};

/**
 * The crash test at benchmark size: `concurrency` answers in flight against a production server on `databaseFile`
 * (a seeded copy), kill -9 after `minLoadS` seconds and `minAcknowledged` acknowledged answers, restart, and count
 * what survived. e2e/durability.spec.ts runs the same trial small.
 */
export async function benchCrash(options: {
  databaseFile: string;
  distDir: string;
  answers: SeededQuizzes["answers"];
  concurrency: number;
  minAcknowledged: number;
  minLoadS: number;
}): Promise<CrashFigures> {
  const start = (port?: number) =>
    startKillableServer({ databaseFile: options.databaseFile, distDir: options.distDir, ...(port ? { port } : {}) });
  const server = await start();
  const trial = await crashTrial({
    databaseFile: options.databaseFile,
    server,
    restart: start,
    answers: options.answers,
    concurrency: options.concurrency,
    minAcknowledged: options.minAcknowledged,
    minLoadMs: options.minLoadS * 1000,
    timeoutMs: 300_000,
  }).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  await trial.restarted.stop();
  fs.rmSync(options.databaseFile, { force: true });
  return {
    concurrency: options.concurrency,
    loadS: Number((trial.loadMs / 1000).toFixed(1)),
    acknowledged: trial.acknowledged.length,
    inFlightAtKill: trial.inFlightAtKill,
    recorded: trial.recorded,
    lost: trial.lost.length,
    damaged: trial.damaged.length,
    refused: trial.refused.length,
    integrity: trial.integrity,
    foreignKeyProblems: trial.foreignKeyProblems,
    finishedEarly: trial.finishedEarly,
  };
}
