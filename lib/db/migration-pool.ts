import pg from "pg";

/** PostgreSQL's type oids for `name` (the 63-byte type of catalog identifiers) and `text`. */
const NAME_OID = 19;
const TEXT_OID = 25;

type Callback = (error: Error | null, result?: pg.QueryResult) => void;

function nameAsText(result: pg.QueryResult | undefined): void {
  for (const field of result?.fields ?? []) if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
}

/**
 * A node-postgres pool for `prisma migrate` through @prisma/adapter-pg. Prisma 6.19's JavaScript schema engine reads
 * the catalog (`current_schema()`, pg_namespace...), whose columns have the type `name`, and the adapter knows no
 * `name` type: every migrate command fails with "Column type 'name' could not be deserialized from the database"
 * (https://github.com/prisma/prisma/issues/27403). A `name` is text on the wire, so the pool's connections report it
 * as text. The app's own queries never select a `name`, so lib/db/client.ts uses the adapter as it is.
 */
export function migrationPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString });
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    Object.assign(client, {
      query: (...args: unknown[]) => {
        const last = args.at(-1);
        if (typeof last === "function") {
          args[args.length - 1] = ((error, result) => {
            nameAsText(result);
            (last as Callback)(error, result);
          }) satisfies Callback;
        }
        const answer = query(...args);
        return answer instanceof Promise
          ? answer.then((result: pg.QueryResult) => {
              nameAsText(result);
              return result;
            })
          : answer;
      },
    });
  });
  return pool;
}
