// `npm run db:backup [-- <folder>]`: a consistent copy of the database, safe while the app runs.
// `npm run db:restore <file>`: puts a backup back, migrated to this version's schema first; the database it replaces
// is saved beside the backups.
import fs from "node:fs";
import path from "node:path";
import { BackupProblem, backupDatabase, checkBackup, restoreDatabase } from "../lib/db/backup";
import { databaseFile, databaseLocation } from "../lib/db/location";
import { runTool, ToolFailed } from "./lib/run";

const USAGE = [
  "Usage:",
  "  npm run db:backup                 back up to <database folder>/backups/",
  "  npm run db:backup -- <folder>     back up to <folder>",
  "  npm run db:restore <file>         restore a backup (the current database is backed up first)",
].join("\n");

async function main(): Promise<number> {
  const [command, arg, ...rest] = process.argv.slice(2);
  if (databaseLocation().provider === "postgresql") {
    console.error(
      'db:backup and db:restore copy the SQLite file; for PostgreSQL use its own tools: pg_dump --format=custom -f synack.dump "$DATABASE_URL", and pg_restore --clean --if-exists -d "$DATABASE_URL" synack.dump.',
    );
    return 2;
  }
  const file = databaseFile();
  const backups = path.join(path.dirname(file), "backups");
  if (command === "backup" && rest.length === 0) {
    const target = await backupDatabase(file, arg ? path.resolve(arg) : backups);
    const check = checkBackup(target);
    console.log(`Backed up ${file}\n      to ${target}${check.ok ? ` (${check.answers} answers)` : ""}`);
    return 0;
  }
  if (command === "restore" && arg && rest.length === 0) {
    const from = path.resolve(arg);
    const check = checkBackup(from);
    if (!check.ok) throw new BackupProblem(check.reason);
    // The backup is brought up to this version's schema on a copy first, so the live database is only ever
    // replaced by a complete, migrated one (and the app's open connections never see a migration half-done).
    const staged = `${file}.restoring`;
    try {
      fs.copyFileSync(from, staged);
      await runTool("prisma", ["migrate", "deploy"], { ...process.env, DATABASE_URL: `file:${staged}` });
      const safety = await restoreDatabase(staged, file, backups);
      if (safety) console.log(`Saved the database being replaced to ${safety}`);
      console.log(`Restored ${from} (${check.answers} answers)\n    into ${file}`);
    } finally {
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${staged}${suffix}`, { force: true });
    }
    return 0;
  }
  console.error(command === "restore" && !arg ? `Name the backup to restore.\n${USAGE}` : USAGE);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof BackupProblem) console.error(error.message);
    else if (error instanceof ToolFailed)
      console.error(`${error.message}: the restored database could not be migrated.`);
    else console.error(error);
    process.exit(1);
  },
);
