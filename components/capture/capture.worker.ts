// The thread a capture is read on, so a large file never freezes the page: it streams the file through the parser,
// says how far it has got, and hands back the connections.
import { analyse, chunksOf } from "@/lib/capture/analyse";

export type WorkerRequest = { file: Blob };
export type WorkerReply =
  | { type: "progress"; bytes: number }
  | { type: "done"; analysis: Awaited<ReturnType<typeof analyse>> }
  | { type: "failed" };

// The page's own TypeScript knows the DOM, not a worker's global scope: this is the part of it used here.
const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
};

scope.onmessage = async (e) => {
  const { file } = e.data;
  let said = 0;
  try {
    const analysis = await analyse(chunksOf(file.stream()), file.size, (bytes) => {
      // A few dozen updates, whatever the size: enough for the bar to move, few enough to cost nothing.
      if (bytes - said >= file.size / 50 || bytes === file.size) {
        said = bytes;
        scope.postMessage({ type: "progress", bytes });
      }
    });
    scope.postMessage({ type: "done", analysis });
  } catch {
    scope.postMessage({ type: "failed" });
  }
};
