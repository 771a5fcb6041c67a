import { toNextJsHandler } from "better-auth/next-js";
import { auth, overHttps } from "@/lib/auth/auth";

/** better-auth's endpoints: /api/auth/sign-up/email, /api/auth/sign-in/email, /api/auth/sign-out, /api/auth/get-session. */
export async function GET(request: Request): Promise<Response> {
  return toNextJsHandler(await auth(overHttps(request.headers))).GET(request);
}

export async function POST(request: Request): Promise<Response> {
  return toNextJsHandler(await auth(overHttps(request.headers))).POST(request);
}
