// @ts-check
const { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } = require("next/constants");
const { API_HEADERS, SECURITY_HEADERS } = require("./lib/http/response-headers.cjs");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` builds into its own folder so it never clobbers the build `npm run app` is serving.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/api/:path*", headers: API_HEADERS },
    ];
  },
};

/**
 * SynAck's own server (server/index.ts) stands in front of Next and says so in SYNACK_SERVER. Next started alone
 * (`next start`, `next dev`) would serve pages without what that server does first, so it refuses, saying why.
 */
const STARTED_ALONE = `SynAck does not start with plain \`next start\` or \`next dev\`: run \`npm run app\` (or \`npm run dev\`), whose server (server/index.ts) sets the client address the sign-in limits count by, refuses malformed requests before Next, and serves quiz answers on its fast path. Plain Next would do none of these.`;

/** @param {string} phase */
module.exports = (phase) => {
  const serving = phase === PHASE_PRODUCTION_SERVER || phase === PHASE_DEVELOPMENT_SERVER;
  if (serving && process.env.SYNACK_SERVER !== "1") {
    console.error(STARTED_ALONE);
    process.exit(1);
  }
  return nextConfig;
};
