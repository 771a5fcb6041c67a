import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { databaseLocation } from "./lib/db/location";
import { migrationPool } from "./lib/db/migration-pool";

// DATABASE_URL picks the database: an SQLite file (the default) with prisma/schema.prisma and its migrations, or a
// PostgreSQL server with the schema derived from it and migrations of its own.
// The JavaScript schema engine runs migrations through the same driver adapter the app uses,
// so no native engine binary is ever downloaded (see ../shared/STACK.md).
const location = databaseLocation();
const folder = location.provider === "sqlite" ? "prisma" : "prisma/postgresql";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `${folder}/schema.prisma`,
  migrations: { path: `${folder}/migrations` },
  async adapter() {
    return location.provider === "sqlite"
      ? new PrismaBetterSQLite3({ url: location.file })
      : new PrismaPg(migrationPool(location.url));
  },
});
