import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseLocation } from "@/lib/db";

/**
 * The key better-auth signs session cookies with: BETTER_AUTH_SECRET when set (several app servers must share it),
 * otherwise a random one kept beside the SQLite file, created on first use, so `npm run app` needs no set-up
 * and sessions survive a restart. A PostgreSQL database has no file to keep it beside, and is there to be shared by
 * several app servers, so it needs BETTER_AUTH_SECRET.
 */
export function authSecret(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const given = env.BETTER_AUTH_SECRET?.trim();
  if (given) {
    if (given.length < 32) throw new Error("BETTER_AUTH_SECRET must be at least 32 characters.");
    return given;
  }
  const location = databaseLocation(env);
  if (location.provider === "postgresql") {
    throw new Error(
      "BETTER_AUTH_SECRET must be set with a PostgreSQL DATABASE_URL: 32+ random characters, the same on every app server (e.g. openssl rand -base64 32).",
    );
  }
  const file = `${location.file}.auth-secret`;
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(32).toString("base64url");
    // wx: two processes starting at once must not overwrite each other's secret.
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim();
    }
  }
}
