// What `npm run app` and `npm run dev` share: check the configuration, apply the database migrations, and start
// server/index.ts, in production (after a build) or in development (Next compiling on request, hot reload).
import { spawn } from "node:child_process";
import path from "node:path";
import { authSecret } from "../../lib/auth/secret";
import { type DatabaseLocation, databaseLocation, redactPassword } from "../../lib/db/location";
import { ConfigProblem, checkDatabaseWritable, checkPortFree, parsePort } from "./preflight";
import { runTool, ToolFailed } from "./run";
import { pendingSqliteMigrations } from "./sqlite-migrations";

/** How long the server gets to finish requests in flight after Ctrl-C or SIGTERM. */
const STOP_GRACE_MS = 5000;

export type ServeOptions = {
  /** The command the user typed, for messages ("npm run app"). */
  command: string;
  /** Production serves a build; development is Next's dev server, with hot reload. */
  mode: "production" | "development";
  /** Build first (production only). */
  build: boolean;
  /** The variable that names the database, and the database when it is unset. */
  database: { variable: string; fallback: string };
};

async function migrate(location: DatabaseLocation, name: string, env: NodeJS.ProcessEnv): Promise<void> {
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

/**
 * The database's own messages name DATABASE_URL, the variable the server reads; `npm run dev` is told its database
 * by another variable, which the user typed, so that is the one its messages name.
 */
function inUsersTerms(message: string, variable: string): string {
  return message.replace(/\bDATABASE_URL\b/g, variable);
}

async function start(options: ServeOptions): Promise<void> {
  const { command, mode, database } = options;
  const port = parsePort(process.env.PORT, 3000, command);
  const url = process.env[database.variable]?.trim() || database.fallback;
  // The server, Prisma's migrate and the auth secret all read DATABASE_URL.
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: url };
  let location: DatabaseLocation;
  try {
    location = databaseLocation(env);
    // A PostgreSQL database is shared by several app servers: they must sign sessions with the same secret.
    if (location.provider === "postgresql") authSecret(env);
  } catch (error) {
    throw new ConfigProblem((error as Error).message);
  }
  if (location.provider === "sqlite") checkDatabaseWritable(location.file);
  await checkPortFree(port, command);

  const name = location.provider === "sqlite" ? location.file : redactPassword(location.url);
  console.log(`SynAck: database ${name}`);
  // An SQLite file that is up to date is left alone: Prisma's migrate would want it to itself (see pendingSqliteMigrations).
  const upToDate =
    location.provider === "sqlite" &&
    pendingSqliteMigrations(location.file, path.resolve("prisma/migrations")).length === 0;
  if (upToDate) console.log("SynAck: the database is up to date.");
  else await migrate(location, name, env);
  if (mode === "production" && options.build) await runTool("next", ["build"], env);

  // Checked again: the build takes a while, and something may have taken the port meanwhile.
  await checkPortFree(port, command);
  // server/index.ts: Next, with the answer endpoint served ahead of it.
  const server = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(__dirname, "..", "..", "server", "index.ts"),
      ...(mode === "development" ? ["--dev"] : []),
    ],
    { stdio: "inherit", env: { ...env, PORT: String(port), NODE_ENV: mode } },
  );
  // The server waits for requests in flight before it exits; a stop must not hang on a browser left open.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.kill(signal);
      setTimeout(() => server.kill("SIGKILL"), STOP_GRACE_MS).unref();
    });
  }
  server.once("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

/** Starts the server, or says in one sentence what stands in the way and exits with 1. */
export function serve(options: ServeOptions): void {
  start(options).catch((error: unknown) => {
    if (error instanceof ConfigProblem) {
      console.error(`\n${inUsersTerms(error.message, options.database.variable)}`);
      process.exit(1);
    }
    if (error instanceof ToolFailed) {
      console.error(`\n${error.message}.`);
      process.exit(error.exitCode);
    }
    console.error(error);
    process.exit(1);
  });
}
