// @ts-check
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

module.exports = nextConfig;
