// `npm run -s cli -- capture <file>`: a capture explained as JSON, with the parser and model the browser uses. The
// file is streamed, a chunk at a time, and each connection written out once it has ended, so a capture far larger
// than memory works: what is held is the connections still open.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { type CapturedConnection, createSorter } from "../../lib/capture/connections";
import { type CaptureProblem, problemText } from "../../lib/capture/errors";
import { explainConnection } from "../../lib/capture/infer";
import { connectionJson } from "../../lib/capture/json";
import { CaptureError, createReader } from "../../lib/capture/read";

export type Output = { write(text: string): void };

/** Exit code 0 with the JSON on `out`, or 2 with one sentence on `err`. */
export async function captureCommand(args: string[], out: Output, err: Output): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) {
    err.write(`capture takes one file: npm run -s cli -- capture <file.pcap or file.pcapng>.\n`);
    return 2;
  }
  const info = await stat(file).catch(() => null);
  if (!info) {
    err.write(`There is no file "${file}".\n`);
    return 2;
  }
  // A pipe is read as it comes (tcpdump -w - | npm run -s cli -- capture /dev/stdin); a directory is no capture.
  const stream = info.isFIFO() || info.isCharacterDevice() || info.isSocket();
  if (!info.isFile() && !stream) {
    err.write(`"${file}" is a directory, not a capture file: give a .pcap or .pcapng file.\n`);
    return 2;
  }
  if (info.isFile() && info.size === 0) return fail(err, { code: "empty" });

  // Nothing is written before the first connection, so a file that is no capture leaves stdout empty; one that
  // breaks later (cut off) still leaves valid JSON of what came before it, with exit code 2.
  let written = 0;
  const emit = (c: CapturedConnection) => {
    out.write(
      `${written++ === 0 ? '{"connections":[\n' : ",\n"}${JSON.stringify(connectionJson(explainConnection(c)))}`,
    );
  };
  const close = () => out.write(written === 0 ? '{"connections":[]}\n' : "\n]}\n");
  const sorter = createSorter(emit);
  const reader = createReader((p) => sorter.push(p));
  try {
    let bytes = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      bytes += (chunk as Buffer).length;
      reader.push(chunk as Buffer);
    }
    if (bytes === 0) return fail(err, { code: "empty" });
    reader.end();
  } catch (e) {
    if (!(e instanceof CaptureError)) throw e;
    if (written > 0) close();
    return fail(err, { code: e.code, ...e.detail } as CaptureProblem);
  }
  sorter.end();
  close();
  return 0;
}

function fail(err: Output, problem: CaptureProblem): number {
  err.write(`${problemText(problem).en}\n`);
  return 2;
}
