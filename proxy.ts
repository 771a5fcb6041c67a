import { type NextRequest, NextResponse } from "next/server";
import { GUEST_COOKIE, GUEST_COOKIE_MAX_AGE_S, isGuestToken, newGuestToken } from "@/lib/auth/guest-token";
import { contentSecurityPolicy, newNonce } from "@/lib/http/security-headers";

/**
 * Every page request: a Content-Security-Policy around a fresh nonce (put on the request too, where Next reads it to
 * mark its own inline scripts), and a guest cookie on a browser's first request, so a learner's progress is saved
 * from the first answer without signing up. The cookie is also put on the request being served, so that very first
 * page already sees it.
 */
export function proxy(request: NextRequest) {
  const csp = contentSecurityPolicy(newNonce());
  request.headers.set("content-security-policy", csp);
  const hasGuest = isGuestToken(request.cookies.get(GUEST_COOKIE)?.value);
  const token = hasGuest ? null : newGuestToken();
  if (token) {
    request.cookies.set(GUEST_COOKIE, token);
  }
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.headers.set("content-security-policy", csp);
  if (token) {
    response.cookies.set(GUEST_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: request.nextUrl.protocol === "https:",
      path: "/",
      maxAge: GUEST_COOKIE_MAX_AGE_S,
    });
  }
  return response;
}

export const config = {
  // Pages only: not the build's static files, and not the API (its routes answer 401 without the cookie, and the
  // answer endpoint is the hot path a whole class hits at once).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|api/).*)"],
};
