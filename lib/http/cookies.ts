/** The cookies of a Cookie header by name (the first of a repeated name wins, as in Next's cookie jar). */
export function parseCookies(header: string | null | undefined): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    if (name && !jar.has(name)) jar.set(name, part.slice(at + 1).trim());
  }
  return jar;
}
