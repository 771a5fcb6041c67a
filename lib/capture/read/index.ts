// Reading pcap and pcapng files into TCP packets, streamed: pure TypeScript, for a Web Worker and for Node.
export { CaptureError, type CaptureErrorCode } from "./error";
export { type CaptureReader, createReader, readCapture } from "./reader";
export type { CaptureFormat, CaptureStats, TcpPacket } from "./types";
