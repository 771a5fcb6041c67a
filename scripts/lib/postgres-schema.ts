// prisma/postgresql/schema.prisma is prisma/schema.prisma with another datasource and client folder: the models are
// written once, in the SQLite schema, and this derives the PostgreSQL one (`npm run db:postgres-schema`).
import fs from "node:fs";
import path from "node:path";

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgresql/schema.prisma";

const HEADER = `// GENERATED from ../schema.prisma by \`npm run db:postgres-schema\`: edit that file, not this one.
// The same models in PostgreSQL, reached through @prisma/adapter-pg (prisma.config.ts for migrations,
// lib/db/client.ts at run time); its client is generated into lib/generated/prisma-pg.

`;

/** Replaces exactly one occurrence of `from`, so a changed SQLite schema fails loudly instead of deriving nonsense. */
function replaceOnce(text: string, from: RegExp, to: string): string {
  const found = text.match(new RegExp(from.source, `${from.flags}g`))?.length ?? 0;
  if (found !== 1) throw new Error(`${SQLITE_SCHEMA}: expected one match of ${from}, found ${found}`);
  return text.replace(from, to);
}

/** The PostgreSQL schema for the SQLite schema's text. */
export function postgresSchema(sqlite: string): string {
  let text = sqlite.replace(/^(\/\/.*\n)+\n/, "");
  text = replaceOnce(text, /output(\s*)= "\.\.\/lib\/generated\/prisma"/, 'output$1= "../../lib/generated/prisma-pg"');
  text = replaceOnce(
    text,
    /datasource db \{[^}]*\}/,
    [
      "datasource db {",
      '  provider = "postgresql"',
      "  // Nothing connects through this url: migrations and the app use the server DATABASE_URL names, through the",
      "  // adapter. Prisma 6 refuses a datasource without one.",
      '  url      = "postgresql://localhost/synack"',
      "}",
    ].join("\n"),
  );
  return HEADER + text;
}

/** Writes the PostgreSQL schema; true when it changed. */
export function writePostgresSchema(root: string = process.cwd()): boolean {
  const next = postgresSchema(fs.readFileSync(path.join(root, SQLITE_SCHEMA), "utf8"));
  const target = path.join(root, POSTGRES_SCHEMA);
  const before = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : null;
  if (before === next) return false;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, next);
  return true;
}
