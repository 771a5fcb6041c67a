// Why a file could not be read. The app writes the learner's sentence from `code` and `detail`
// (lib/capture/errors.ts), so `detail` carries the numbers a message needs; `message` is for developers.

export type CaptureErrorCode = "not-a-capture" | "truncated" | "unsupported-link-type" | "corrupt";

export class CaptureError extends Error {
  readonly code: CaptureErrorCode;
  /** offset: the byte offset of the header or record at fault; frame, linkType, length... where they apply. */
  readonly detail: Record<string, string | number>;

  constructor(code: CaptureErrorCode, message: string, detail: Record<string, string | number> = {}) {
    super(message);
    this.name = "CaptureError";
    this.code = code;
    this.detail = detail;
  }
}
