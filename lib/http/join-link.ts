// A class's join link as students open it: on SynAck's public address (BETTER_AUTH_URL, behind a proxy) or else the
// address the teacher reached it at, and drawn as a QR code to scan off a projector or a printout.
import { headers } from "next/headers";
import QRCode from "qrcode";

/** The join link for `code`: on the public address when one is set, else on the address this request came to. */
export async function joinLinkFor(code: string): Promise<string> {
  return linkTo(`/classes/join?code=${encodeURIComponent(code)}`);
}

/** A live session's join link: the phone page of its code, where only a nickname is left to type. */
export async function liveLinkFor(code: string): Promise<string> {
  return linkTo(`/live/${encodeURIComponent(code)}`);
}

async function linkTo(path: string): Promise<string> {
  const configured = process.env.BETTER_AUTH_URL?.replace(/\/+$/, "");
  if (configured) return `${configured}${path}`;
  const asked = await headers();
  const https = asked.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  return `${https ? "https" : "http"}://${asked.get("host") ?? "localhost:3000"}${path}`;
}

/** Whether the link's host is this computer only (localhost, 127.x, ::1): students' devices cannot open it. */
export function onlyThisComputer(link: string): boolean {
  try {
    const host = new URL(link).hostname;
    return host === "localhost" || host.endsWith(".localhost") || /^127\./.test(host) || host === "[::1]";
  } catch {
    return false;
  }
}

/**
 * The link as a QR code in SVG, drawn on the server by the `qrcode` package: dark modules on a white square with a
 * quiet zone, which phone cameras read in a dark page too. Medium error correction survives a smudged projector.
 */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: "svg",
    margin: 2,
    errorCorrectionLevel: "M",
    color: { dark: "#000000", light: "#ffffff" },
  });
}
