// The endpoints' dependencies on a running server: this server's hub and clock, the app's database, and who is
// signed in (better-auth's session cookie; a guest cookie makes nobody a host).
import { overHttps } from "@/lib/auth/auth";
import { callerOf } from "@/lib/auth/caller";
import { parseCookies } from "@/lib/http/cookies";
import type { EndpointDeps } from "./endpoints";
import { serverDeps } from "./service";

export function endpointDeps(): EndpointDeps {
  return {
    ...serverDeps(),
    identify: async (request) => {
      const caller = await callerOf(request.headers, parseCookies(request.headers.get("cookie")), { newGuest: false });
      return caller?.user ? { id: caller.user.id, name: caller.user.name } : null;
    },
    secure: (request) => overHttps(request.headers),
  };
}
