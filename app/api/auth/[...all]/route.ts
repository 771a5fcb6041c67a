import { auth, overHttps } from "@/lib/auth/auth";
import { serveAuth } from "@/lib/auth/endpoint";

/**
 * better-auth's endpoints the interface uses: POST /api/auth/sign-up/email, /api/auth/sign-in/email and
 * /api/auth/sign-out (lib/auth/endpoint.ts); anything else under /api/auth is a 404.
 */
async function handle(request: Request): Promise<Response> {
  const https = overHttps(request.headers);
  return serveAuth(await auth(https), request, https);
}

export const GET = handle;
export const POST = handle;
