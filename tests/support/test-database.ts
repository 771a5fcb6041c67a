// Which database the integration tests run against: SQLite files by default, or a PostgreSQL server when
// TEST_DATABASE_URL names one (`npm test -- postgres` sets it). Shared by the global setup and the tests.

/** The PostgreSQL server URL the integration tests use, or null for SQLite. */
export function postgresTestUrl(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const url = env.TEST_DATABASE_URL?.trim();
  if (!url) return null;
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new Error(`TEST_DATABASE_URL=${url} is not a PostgreSQL URL: use postgresql://user:password@host/database.`);
  }
  return url;
}

/** True when this test run uses PostgreSQL: the tests that only make sense on an SQLite file skip themselves. */
// (The global setup refuses a TEST_DATABASE_URL that is not PostgreSQL, so this need not check it.)
export const onPostgres = Boolean(process.env.TEST_DATABASE_URL?.trim());

/** The same server URL with another database in its path. */
export function urlOfDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** What the global setup hands the tests. */
export type TestTemplate =
  | { provider: "sqlite"; file: string }
  | { provider: "postgresql"; serverUrl: string; database: string };
