// Writing answers on a thread of their own. The production server (server/index.ts) starts one for its SQLite
// connection: every batch of answers is then written there (server/answer-writer-thread.ts), on a connection of its
// own, while the server's thread goes on reading and judging the next requests. Under the bench's 200 connections
// the writes were a fifth of that thread's time (docs/benchmarks.md). Nothing else changes: the same statements,
// one transaction per batch, and no answer is acknowledged before its batch is committed and synced.
//
// Only the server (and the tests of both ways) imports this module, so Next's bundler never meets the worker;
// everything else (`next dev`, scripts) writes on the calling thread, as lib/db/sqlite-statements.ts does by default.
import path from "node:path";
import { Worker } from "node:worker_threads";
import { BUSY_TIMEOUT_MS, PAGE_CACHE_KB, type SqliteConnection } from "@/lib/db/client";
import {
  type AnswerToSave,
  type BatchWriter,
  type Saved,
  type SaveOutcome,
  writeBatchesWith,
} from "@/lib/db/sqlite-statements";

/** What the thread is started with. */
export type WriterSettings = { file: string; busyTimeoutMs: number; pageCacheKb: number };

/** One batch, sent to the thread. */
export type BatchRequest = { id: number; batch: AnswerToSave[] };

type PlainError = { message: string; code?: string };

/** The thread's answer: each answer's outcome, or why the batch as a whole was not written. */
export type BatchReply =
  | { id: number; outcomes: ({ ok: true; saved: Saved } | { ok: false; error: PlainError })[] }
  | { id: number; failed: PlainError };

/** An error from the thread, rebuilt with SQLite's code (SQLITE_BUSY, SQLITE_CONSTRAINT_FOREIGNKEY…). */
function rebuilt({ message, code }: PlainError): Error {
  return Object.assign(new Error(message), code ? { code } : {});
}

export type AnswerWriter = {
  /** True once the thread has the database open and takes the connection's batches; false if it could not start. */
  ready: Promise<boolean>;
  /** Hands batches back to the connection's own thread, once those sent have been answered. */
  stop: () => Promise<void>;
};

/**
 * Starts a writer thread for `connection`'s database and, once it is up, sends it every batch of answers. If the
 * thread fails, the batches it had are refused (they were not acknowledged) and later ones are written here again.
 */
export function startAnswerWriter(
  connection: SqliteConnection,
  { busyTimeoutMs = BUSY_TIMEOUT_MS }: { busyTimeoutMs?: number } = {},
): AnswerWriter {
  if (connection.memory) return { ready: Promise.resolve(false), stop: () => Promise.resolve() };
  const settings: WriterSettings = { file: connection.name, busyTimeoutMs, pageCacheKb: PAGE_CACHE_KB };
  // The thread is TypeScript, loaded as the server's own modules are: through tsx.
  const entry = path.join(__dirname, "answer-writer-thread.ts");
  const tsx = require.resolve("tsx/cjs/api");
  const worker = new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`, {
    eval: true,
    workerData: settings,
  });
  worker.unref();

  const pending = new Map<number, { resolve: (o: SaveOutcome[]) => void; reject: (e: unknown) => void }>();
  let nextId = 0;
  const write: BatchWriter = (batch) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, batch } satisfies BatchRequest);
    });

  let settle: (running: boolean) => void = () => undefined;
  const ready = new Promise<boolean>((resolve) => {
    settle = resolve;
  });
  worker.on("message", (message: BatchReply | { ready: true }) => {
    if ("ready" in message) {
      writeBatchesWith(connection, write);
      settle(true);
      return;
    }
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (!waiting) return;
    if ("failed" in message) waiting.reject(rebuilt(message.failed));
    else waiting.resolve(message.outcomes.map((o) => (o.ok ? o : { ok: false, error: rebuilt(o.error) })));
  });
  worker.on("error", (error) =>
    console.error(`SynAck: the answer writer thread for ${connection.name} stopped:`, error),
  );
  worker.once("exit", () => {
    writeBatchesWith(connection, null);
    settle(false);
    // Whatever it had not answered was not written, or not acknowledged as written: refuse it.
    for (const { reject } of pending.values()) reject(new Error("The answer writer thread stopped before writing."));
    pending.clear();
  });

  return {
    ready,
    stop: async () => {
      writeBatchesWith(connection, null);
      while (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 5));
      await worker.terminate();
    },
  };
}
