// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` builds into its own folder so it never clobbers the build `npm run app` is serving.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
