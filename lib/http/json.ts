// JSON responses for the public read-only API: the same data the CLI prints, cacheable and open to any origin.

const PUBLIC_HEADERS = {
  "access-control-allow-origin": "*",
  "cache-control": "public, max-age=300",
};

export function publicJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: status === 200 ? PUBLIC_HEADERS : { "cache-control": "no-store" } });
}

export function jsonError(status: number, message: string): Response {
  return Response.json({ error: message }, { status, headers: { "cache-control": "no-store" } });
}
