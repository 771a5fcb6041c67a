import { describe, expect, it } from "vitest";
import { databaseFile, databaseLocation, redactPassword } from "./location";

describe("databaseLocation", () => {
  it("defaults to the SQLite file prisma/dev.db in the project folder", () => {
    expect(databaseLocation({}, "/srv/synack")).toEqual({ provider: "sqlite", file: "/srv/synack/prisma/dev.db" });
    expect(databaseFile({}, "/srv/synack")).toBe("/srv/synack/prisma/dev.db");
  });
  it("takes relative file: URLs from the project folder and absolute ones as they are", () => {
    expect(databaseFile({ DATABASE_URL: "file:./data/x.db" }, "/srv/synack")).toBe("/srv/synack/data/x.db");
    expect(databaseFile({ DATABASE_URL: "file:/var/lib/synack.db" }, "/srv/synack")).toBe("/var/lib/synack.db");
    expect(databaseFile({ DATABASE_URL: "file:/var/lib/synack.db?connection_limit=1" }, "/")).toBe(
      "/var/lib/synack.db",
    );
  });
  it("takes postgresql:// and postgres:// URLs as PostgreSQL, as they are", () => {
    for (const url of ["postgresql://synack:pw@db.internal:5432/synack", "postgres://db/synack?sslmode=require"]) {
      expect(databaseLocation({ DATABASE_URL: url })).toEqual({ provider: "postgresql", url });
    }
  });
  it("refuses any other server URL with a sentence that says what to use, without the password", () => {
    expect(() => databaseLocation({ DATABASE_URL: "mysql://root:hunter2@db/synack" })).toThrow(
      "DATABASE_URL=mysql://root:***@db/synack is neither a SQLite file nor a PostgreSQL database: use file:/path/to/synack.db, postgresql://user:password@host/database, or leave DATABASE_URL unset for file:./prisma/dev.db.",
    );
  });
  it("says so when what needs a SQLite file is given a PostgreSQL database", () => {
    expect(() => databaseFile({ DATABASE_URL: "postgresql://u:secret@db/synack" }, "/", "db:backup")).toThrow(
      "DATABASE_URL=postgresql://u:***@db/synack is a PostgreSQL database, but db:backup needs a SQLite file (file:/path/to/synack.db).",
    );
  });
});

describe("redactPassword", () => {
  it("hides the password and nothing else", () => {
    expect(redactPassword("postgresql://synack:s3cret@h/db")).toBe("postgresql://synack:***@h/db");
    expect(redactPassword("postgresql://u@h/db")).toBe("postgresql://u@h/db");
    expect(redactPassword("postgresql://h:5432/db")).toBe("postgresql://h:5432/db");
  });
});
