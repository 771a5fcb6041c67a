// `npm run dev`: SynAck for working on it. Next's development server (pages compiled on request, hot reload) behind
// the same server `npm run app` starts, so the answer endpoint and the client's address are handled as in
// production, on a database of its own, migrated first.
import { serve } from "./lib/serve";

/**
 * Not prisma/dev.db, which `npm run app` serves: half-finished code run against it could leave rows a release never
 * writes, and a migration being written could be applied to it before it is final.
 */
const DEV_DATABASE_URL = "file:./prisma/development.db";

serve({
  command: "npm run dev",
  mode: "development",
  build: false,
  database: { variable: "DEV_DATABASE_URL", fallback: DEV_DATABASE_URL },
});
