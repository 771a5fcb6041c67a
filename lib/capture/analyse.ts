// A capture read from a stream of chunks, as the browser's Web Worker reads a dropped file: parsed and sorted into
// connections, with progress as it goes. The model's explanation of a connection comes later, when one is opened.
import { type CapturedConnection, createSorter } from "./connections";
import type { CaptureProblem } from "./errors";
import { CaptureError, type CaptureStats, createReader } from "./read";

const MB = 1024 * 1024;

/**
 * The largest file a browser tab reads: every packet of it is kept for the connection list, and a tab has far less
 * memory than the command line, which streams any size.
 */
export const BROWSER_LIMIT = 200 * MB;

export type Analysis =
  | { ok: true; stats: CaptureStats; connections: CapturedConnection[] }
  | { ok: false; problem: CaptureProblem };

/** Reads `chunks` (a file's stream) through the parser; `progress` hears the bytes read so far. */
export async function analyse(
  chunks: AsyncIterable<Uint8Array>,
  size: number,
  progress: (bytes: number) => void = () => {},
): Promise<Analysis> {
  if (size === 0) return { ok: false, problem: { code: "empty" } };
  if (size > BROWSER_LIMIT) return { ok: false, problem: { code: "too-big", bytes: size, limit: BROWSER_LIMIT } };
  const sorter = createSorter();
  const reader = createReader((p) => sorter.push(p));
  let read = 0;
  try {
    for await (const chunk of chunks) {
      reader.push(chunk);
      read += chunk.byteLength;
      progress(read);
    }
    const stats = reader.end();
    return { ok: true, stats, connections: sorter.end() };
  } catch (e) {
    if (e instanceof CaptureError) return { ok: false, problem: { code: e.code, ...e.detail } as CaptureProblem };
    throw e;
  }
}

/** A ReadableStream as an async iterable, for browsers whose streams are not iterable yet (Safari). */
export async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
