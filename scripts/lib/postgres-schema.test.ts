import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, postgresSchema, SQLITE_SCHEMA } from "./postgres-schema";

describe("the PostgreSQL schema", () => {
  const sqlite = fs.readFileSync(SQLITE_SCHEMA, "utf8");

  it("is the SQLite schema's models with PostgreSQL's datasource (run npm run db:postgres-schema if not)", () => {
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchema(sqlite));
  });

  it("changes only the header, the client's folder and the datasource", () => {
    const derived = postgresSchema(sqlite);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('output     = "../../lib/generated/prisma-pg"');
    const models = (text: string) => text.slice(text.indexOf("\nmodel "));
    expect(models(derived)).toBe(models(sqlite));
  });
});
