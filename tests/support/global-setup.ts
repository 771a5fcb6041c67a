import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { toolEntry } from "../../scripts/lib/run";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

/**
 * Migrates one template database with the real migrations (`prisma migrate deploy`, as the app does);
 * each integration test copies it, which is much faster than migrating per test.
 */
export default function setup(project: TestProject): () => void {
  const folder = path.resolve(".tmp/vitest");
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const template = path.join(folder, "template.db");
  execFileSync(process.execPath, [toolEntry("prisma"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  project.provide("templateDatabase", template);
  return () => fs.rmSync(folder, { recursive: true, force: true });
}
