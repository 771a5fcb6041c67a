import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { answersCommitted } from "@/lib/db/sqlite-statements";
import { type Checkpointer, checkpointInBackground } from "./checkpointer";

let dir: string;
let file: string;
let connection: Database.Database;
let checkpointer: Checkpointer | null;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "synack-checkpointer-"));
  file = path.join(dir, "app.db");
  connection = new Database(file);
  connection.pragma("journal_mode = WAL");
  connection.exec("CREATE TABLE t (v BLOB)");
  checkpointer = null;
});
afterEach(async () => {
  await checkpointer?.stop();
  connection.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const autocheckpoint = () => connection.pragma("wal_autocheckpoint", { simple: true });
const fileSize = () => fs.statSync(file).size;

/** Writes about `mb` megabytes in one commit, which lands in the log, not the database file. */
function write(mb: number) {
  const insert = connection.prepare("INSERT INTO t (v) VALUES (?)");
  connection.transaction(() => {
    for (let i = 0; i < mb * 16; i++) insert.run(Buffer.alloc(64 * 1024, i));
  })();
}

async function until(condition: () => boolean, timeoutMs = 3000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return condition();
}

describe("checkpointInBackground", () => {
  it("stops the connection checkpointing itself, and copies a commit into the database file when told of it", async () => {
    // A timer of a minute: within this test, only the nudge can have copied the commit.
    checkpointer = checkpointInBackground(connection, { everyMs: 60_000 });
    expect(await checkpointer.ready).toBe(true);
    expect(autocheckpoint()).toBe(0);

    const before = fileSize();
    write(8);
    // 8 MB is past SQLite's own 1,000-page threshold: only the worker can have moved it.
    expect(fileSize()).toBe(before);
    answersCommitted(connection);
    expect(await until(() => fileSize() >= before + 8 * 1024 * 1024)).toBe(true);
  });

  it("checkpoints on its own timer too, for writes no batch told it about", async () => {
    checkpointer = checkpointInBackground(connection, { everyMs: 100 });
    await checkpointer.ready;
    const before = fileSize();
    write(2);
    expect(await until(() => fileSize() >= before + 2 * 1024 * 1024)).toBe(true);
  });

  it("hands checkpointing back to the connection when it stops", async () => {
    checkpointer = checkpointInBackground(connection);
    await checkpointer.ready;
    await checkpointer.stop();
    checkpointer = null;
    expect(autocheckpoint()).toBe(1000);
    // Nothing listens any more: telling it of a commit is harmless.
    answersCommitted(connection);
  });

  it("leaves the connection checkpointing itself when the worker cannot open the database", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      // The file is gone (the connection keeps it open): the worker's connection must not create an empty one.
      fs.rmSync(file);
      checkpointer = checkpointInBackground(connection);
      expect(await checkpointer.ready).toBe(false);
      expect(autocheckpoint()).toBe(1000);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining("checkpoint thread"), expect.anything());
      expect(fs.existsSync(file)).toBe(false);
    } finally {
      errors.mockRestore();
    }
  });

  it("starts no worker for an in-memory database", async () => {
    const memory = new Database(":memory:");
    try {
      expect(await checkpointInBackground(memory).ready).toBe(false);
      expect(memory.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    } finally {
      memory.close();
    }
  });
});
