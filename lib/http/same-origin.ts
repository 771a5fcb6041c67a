// CSRF protection for route handlers that change data: a browser always sends Origin on a cross-site POST, so a
// request whose Origin is another site is refused. (Server actions get the same check from Next itself.)

export function crossSite(request: { headers: Pick<Headers, "get"> }): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
