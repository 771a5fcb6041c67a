// @ts-check
// Headers every response carries, read by next.config.js for what Next serves and by server/index.ts for the
// answers it serves itself. (Pages also get a Content-Security-Policy with a nonce from proxy.ts.)

/** On every response, pages and API alike. */
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/** JSON and files: nothing in them may run or be framed. */
const API_HEADERS = [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }];

module.exports = { SECURITY_HEADERS, API_HEADERS };
