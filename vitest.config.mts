import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts"],
          exclude: ["tests/kernel/**"],
          globalSetup: ["tests/support/global-setup.ts"],
          testTimeout: 20_000,
        },
      },
      {
        // Real sockets in a network namespace; slow (Linux's TIME-WAIT is 60 s), so `npm test` runs it as its own step.
        extends: true,
        test: { name: "kernel", include: ["tests/kernel/**/*.test.ts"], testTimeout: 180_000, hookTimeout: 30_000 },
      },
    ],
  },
});
