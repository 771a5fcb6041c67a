import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { databaseFile } from "./lib/db/location";

// The JavaScript schema engine runs migrations through the same driver adapter the app uses,
// so no native engine binary is ever downloaded (see ../shared/STACK.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    return new PrismaBetterSQLite3({ url: databaseFile() });
  },
});
