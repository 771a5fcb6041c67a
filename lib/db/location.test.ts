import { describe, expect, it } from "vitest";
import { databaseFile } from "./location";

describe("databaseFile", () => {
  it("defaults to prisma/dev.db in the project folder", () => {
    expect(databaseFile({}, "/srv/synack")).toBe("/srv/synack/prisma/dev.db");
  });
  it("takes relative file: URLs from the project folder and absolute ones as they are", () => {
    expect(databaseFile({ DATABASE_URL: "file:./data/x.db" }, "/srv/synack")).toBe("/srv/synack/data/x.db");
    expect(databaseFile({ DATABASE_URL: "file:/var/lib/synack.db" }, "/srv/synack")).toBe("/var/lib/synack.db");
    expect(databaseFile({ DATABASE_URL: "file:/var/lib/synack.db?connection_limit=1" }, "/")).toBe(
      "/var/lib/synack.db",
    );
  });
  it("refuses a server URL with a sentence that says what to use", () => {
    expect(() => databaseFile({ DATABASE_URL: "postgresql://db/synack" })).toThrow(/is not a SQLite file: use file:/);
  });
});
