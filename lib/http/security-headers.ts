// The Content-Security-Policy of pages, built per request around a fresh nonce: Next puts it on the inline scripts
// that carry its page data, and nothing else may run. (The headers every response carries are in next.config.js.)

/**
 * The page policy: scripts only from this site and with this request's nonce (`strict-dynamic` lets them load the
 * chunks they import; no `unsafe-eval` outside development, where React's tooling needs it), styles from this site
 * (inline style attributes allowed: components position the animation with them), nothing framed, no plugins,
 * forms and links back to this site only. Workers from this site only: `worker-src` is spelled out because the script
 * policy's `strict-dynamic` would otherwise govern them too (the capture page reads a file on a worker).
 */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A nonce: 16 random bytes, base64 (Web Crypto only: the proxy runs where Node's crypto may not). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}
