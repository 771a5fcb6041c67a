// The writer thread's side of server/answer-writer.ts: a connection of its own to the SQLite file, writing each
// batch it is sent with the same code the server's thread would use (writeBatch), and answering with the outcomes.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { writeBatch } from "@/lib/db/sqlite-statements";
import type { BatchReply, BatchRequest, WriterSettings } from "./answer-writer";

const settings = workerData as WriterSettings;
const port = parentPort;
if (!port) throw new Error("server/answer-writer-thread.ts runs as a worker thread.");

const db = new Database(settings.file, { fileMustExist: true, timeout: settings.busyTimeoutMs });
db.pragma("foreign_keys = ON");
db.pragma(`cache_size = -${settings.pageCacheKb}`);
// SQLite's own checkpoints stay on: the checkpoint thread (server/checkpointer.ts) keeps the log short enough that
// they are rare, and should it stop, the log still cannot grow without bound.

/** An error as it can cross threads: its message, and SQLite's code when it has one. */
function plain(error: unknown): { message: string; code?: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? { message: error.message, code } : { message: error.message };
}

port.on("message", ({ id, batch }: BatchRequest) => {
  let reply: BatchReply;
  try {
    reply = { id, outcomes: writeBatch(db, batch).map((o) => (o.ok ? o : { ok: false, error: plain(o.error) })) };
  } catch (error) {
    reply = { id, failed: plain(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
