// What `npm test`'s postgres step needs: the server to test against, and which test files use a database.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { redactPassword } from "../../lib/db/location";
import { postgresTestUrl } from "../../tests/support/test-database";

/** TEST_DATABASE_URL is set but unusable: said in one sentence. */
export class PostgresProblem extends Error {}

export type PostgresChoice = { url: string } | { skip: string };

function listening(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1000 });
    socket.once("connect", () => resolve(true)).once("error", () => resolve(false));
    socket.once("timeout", () => resolve(false));
    socket.once("close", () => socket.destroy());
  });
}

/**
 * The server the integration tests run against: TEST_DATABASE_URL, checked by connecting to it (a URL given but not
 * reachable is an error, not a skip). Without one the step is skipped, with the reason and how to set one up.
 */
export async function choosePostgres(env: NodeJS.ProcessEnv = process.env): Promise<PostgresChoice> {
  let url: string | null;
  try {
    url = postgresTestUrl(env);
  } catch (error) {
    throw new PostgresProblem((error as Error).message);
  }
  if (!url) {
    const local = (await listening("127.0.0.1", 5432))
      ? "a PostgreSQL server is listening on localhost:5432, but "
      : "";
    return {
      skip: `${local}TEST_DATABASE_URL is not set: set it to postgresql://user:password@localhost/database for a user that may create databases (.ci/run sets one up) to run the integration tests on PostgreSQL too.`,
    };
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ may: boolean }>(
      "SELECT rolcreatedb OR rolsuper AS may FROM pg_roles WHERE rolname = current_user",
    );
    if (!rows[0]?.may) {
      throw new Error("its user may not create databases (ALTER ROLE ... CREATEDB), which each test needs");
    }
  } catch (error) {
    throw new PostgresProblem(`TEST_DATABASE_URL=${redactPassword(url)} cannot be used: ${(error as Error).message}.`);
  } finally {
    await client.end().catch(() => {});
  }
  return { url };
}

/** The test files that open a database (through tests/support/database.ts): the integration tests. */
export function integrationTestFiles(root: string = process.cwd()): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (
        rel.endsWith(".test.ts") &&
        fs.readFileSync(path.join(root, rel), "utf8").includes("tests/support/database")
      ) {
        found.push(rel);
      }
    }
  };
  for (const dir of ["lib", "scripts", "tests"]) walk(dir);
  return found.sort();
}
