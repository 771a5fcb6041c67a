// Copying the write-ahead log back into the database file (a checkpoint), on a thread of its own.
//
// SQLite in WAL mode appends each commit to `<file>-wal`; by default the connection that commits runs a checkpoint
// whenever the log passes 1,000 pages, copying them into the database and syncing it to disk. On the app's one
// connection that stalled the event loop for 10–20 ms every few batches of answers, and every request in flight
// waited with it (docs/benchmarks.md). The production server (server/index.ts) starts this for its connection,
// which then never checkpoints; a worker thread with a connection of its own does: right after each batch of
// answers is committed (so it is done before the next batch commits, and the two do not queue for the disk
// together), and every CHECKPOINT_EVERY_MS for everything else. A PASSIVE checkpoint takes no lock that writers or
// readers wait for, and commits stay durable: each is synced to the log before it is acknowledged.
import { Worker } from "node:worker_threads";
import type { SqliteConnection } from "@/lib/db/client";
import { onAnswersCommitted } from "@/lib/db/sqlite-statements";

/** How often the worker copies the log into the database when no batch of answers has asked it to. */
export const CHECKPOINT_EVERY_MS = 1000;

/**
 * The worker's code, run with `eval`, so there is no worker file to find beside this module however it was loaded;
 * it loads better-sqlite3 from the working directory's node_modules, where `npm run app` runs. It
 * says when it is ready, checkpoints on a timer, and reports a failure once per kind (a locked or deleted file would
 * fail on every tick).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.file, { fileMustExist: true });
parentPort.postMessage({ ready: true });
const reported = new Set();
function checkpoint() {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch (error) {
    const message = String(error && error.message || error);
    if (!reported.has(message)) {
      reported.add(message);
      parentPort.postMessage({ failed: message });
    }
  }
}
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on("message", (message) => {
  if (message === "commit") return checkpoint();
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** SQLite's own default: the committing connection checkpoints once the log passes this many pages. */
const AUTOCHECKPOINT_PAGES = 1000;

export type Checkpointer = {
  /**
   * True once the worker has the database open and the connection has stopped checkpointing itself; false when the
   * worker could not start (the connection then goes on checkpointing itself).
   */
  ready: Promise<boolean>;
  stop: () => Promise<void>;
};

/**
 * Moves checkpoints of `connection`'s database off the calling thread. The connection stops checkpointing itself
 * only once the worker has the database open, and starts again whenever the worker stops or fails, so the log never
 * grows without bound. An unstopped worker does not keep the process alive. `everyMs` is how often it checkpoints
 * unprompted, for commits nobody told it of.
 */
export function checkpointInBackground(
  connection: SqliteConnection,
  { everyMs = CHECKPOINT_EVERY_MS }: { everyMs?: number } = {},
): Checkpointer {
  // An in-memory database has no log, and a second connection would open a database of its own.
  if (connection.memory) return { ready: Promise.resolve(false), stop: () => Promise.resolve() };
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file: connection.name, everyMs },
  });
  worker.unref();
  let settle: (running: boolean) => void = () => undefined;
  const ready = new Promise<boolean>((resolve) => {
    settle = resolve;
  });
  worker.on("message", (message: { ready?: boolean; failed?: string }) => {
    if (message.ready && connection.open) {
      connection.pragma("wal_autocheckpoint = 0");
      // Told of each batch of answers committed, on whichever copy of lib/db committed it (the server's or Next's).
      onAnswersCommitted(connection, () => worker.postMessage("commit"));
      settle(true);
    }
    if (message.failed) console.error(`SynAck: checkpointing ${connection.name} failed: ${message.failed}`);
  });
  worker.on("error", (error) => console.error(`SynAck: the checkpoint thread for ${connection.name} stopped:`, error));
  worker.once("exit", () => {
    onAnswersCommitted(connection, null);
    if (connection.open) connection.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    settle(false);
  });
  return {
    ready,
    stop: () =>
      new Promise((resolve) => {
        if (worker.threadId === -1) return resolve();
        worker.once("exit", () => resolve());
        worker.postMessage("stop");
      }),
  };
}
