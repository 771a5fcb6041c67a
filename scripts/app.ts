// `npm run app`: check the configuration, apply database migrations, build, and serve SynAck.
// `--skip-build` serves an existing build (the end-to-end tests build once and start servers from it).
import { spawn } from "node:child_process";
import path from "node:path";
import { authSecret } from "../lib/auth/secret";
import { type DatabaseLocation, databaseLocation, redactPassword } from "../lib/db/location";
import { ConfigProblem, checkDatabaseWritable, checkPortFree, parsePort } from "./lib/preflight";
import { runTool, ToolFailed } from "./lib/run";
import { pendingSqliteMigrations } from "./lib/sqlite-migrations";

/** How long the server gets to finish requests in flight after Ctrl-C or SIGTERM. */
const STOP_GRACE_MS = 5000;

const skipBuild = process.argv.includes("--skip-build");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

async function migrate(location: DatabaseLocation, name: string): Promise<void> {
  await runTool("prisma", ["migrate", "deploy"], env).catch((error: unknown) => {
    if (error instanceof ToolFailed) {
      throw new ConfigProblem(
        location.provider === "sqlite"
          ? `Applying the database migrations to ${name} failed (see Prisma's message above): stop whatever else has the file open (another SynAck server, a database shell) and try again, fix what Prisma names, or point DATABASE_URL at a new file.`
          : `Applying the database migrations to ${name} failed (see Prisma's message above): check that the server is running and the user may create tables in that database.`,
      );
    }
    throw error;
  });
}

async function main(): Promise<void> {
  const port = parsePort(process.env.PORT, 3000);
  let location: DatabaseLocation;
  try {
    location = databaseLocation();
    // A PostgreSQL database is shared by several app servers: they must sign sessions with the same secret.
    if (location.provider === "postgresql") authSecret();
  } catch (error) {
    throw new ConfigProblem((error as Error).message);
  }
  if (location.provider === "sqlite") checkDatabaseWritable(location.file);
  await checkPortFree(port);

  const name = location.provider === "sqlite" ? location.file : redactPassword(location.url);
  console.log(`SynAck: database ${name}`);
  // An SQLite file that is up to date is left alone: Prisma's migrate would want it to itself (see pendingSqliteMigrations).
  const upToDate =
    location.provider === "sqlite" &&
    pendingSqliteMigrations(location.file, path.resolve("prisma/migrations")).length === 0;
  if (upToDate) console.log("SynAck: the database is up to date.");
  else await migrate(location, name);
  if (!skipBuild) await runTool("next", ["build"], env);

  // Checked again: the build takes a while, and something may have taken the port meanwhile.
  await checkPortFree(port);
  // scripts/server.ts: Next, with the answer endpoint served ahead of it.
  const server = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "server.ts")], {
    stdio: "inherit",
    env: { ...env, PORT: String(port), NODE_ENV: "production" },
  });
  // The server waits for requests in flight before it exits; a stop must not hang on a browser left open.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.kill(signal);
      setTimeout(() => server.kill("SIGKILL"), STOP_GRACE_MS).unref();
    });
  }
  server.once("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigProblem) {
    console.error(`\n${error.message}`);
    process.exit(1);
  }
  if (error instanceof ToolFailed) {
    console.error(`\n${error.message}.`);
    process.exit(error.exitCode);
  }
  console.error(error);
  process.exit(1);
});
