import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { toolEntry } from "../../scripts/lib/run";
import { postgresTestUrl, type TestTemplate, urlOfDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    testTemplate: TestTemplate;
  }
}

function migrate(databaseUrl: string): void {
  execFileSync(process.execPath, [toolEntry("prisma"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "pipe",
  });
}

/**
 * Migrates one template database with the real migrations (`prisma migrate deploy`, as the app does); each
 * integration test copies it, which is much faster than migrating per test. On SQLite the template is a file; on
 * PostgreSQL (TEST_DATABASE_URL) a database the tests clone with CREATE DATABASE ... TEMPLATE.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = postgresTestUrl();
  if (serverUrl) return setupPostgres(project, serverUrl);
  const folder = path.resolve(".tmp/vitest");
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, "template.db");
  migrate(`file:${file}`);
  project.provide("testTemplate", { provider: "sqlite", file });
  return async () => fs.rmSync(folder, { recursive: true, force: true });
}

async function setupPostgres(project: TestProject, serverUrl: string): Promise<() => Promise<void>> {
  // Every database this run makes starts with this prefix, so the teardown also drops what a failed test left.
  const prefix = `synack_test_${process.pid}`;
  const template = `${prefix}_template`;
  const dropAll = async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname DESC",
        [`${prefix}\\_%`],
      );
      for (const { datname } of rows) {
        await admin.query(`DROP DATABASE IF EXISTS "${datname}"`).catch((error: Error) => {
          console.warn(`Could not drop the test database ${datname}: ${error.message}`);
        });
      }
    } finally {
      await admin.end();
    }
  };
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  migrate(urlOfDatabase(serverUrl, template));
  project.provide("testTemplate", { provider: "postgresql", serverUrl, database: template });
  return dropAll;
}
