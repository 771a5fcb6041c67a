// `npm run app`: check the configuration, apply database migrations, build, and serve SynAck.
// `--skip-build` serves an existing build (the end-to-end tests build once and start servers from it).
import { DEFAULT_DATABASE_URL } from "../lib/db/location";
import { serve } from "./lib/serve";

serve({
  command: "npm run app",
  mode: "production",
  build: !process.argv.includes("--skip-build"),
  database: { variable: "DATABASE_URL", fallback: DEFAULT_DATABASE_URL },
});
