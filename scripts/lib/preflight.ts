import fs from "node:fs";
import net from "node:net";
import path from "node:path";

/** A configuration problem, said in one sentence that names the fix. */
export class ConfigProblem extends Error {}

/** PORT as a number, or a sentence saying what is wrong with it. */
export function parsePort(value: string | undefined, fallback: number, command = "npm run app"): number {
  if (value === undefined || value.trim() === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigProblem(
      `PORT=${value} is not a port number: use a whole number from 1 to 65535, e.g. PORT=3001 ${command}.`,
    );
  }
  return port;
}

const WRITE_FAILURES: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  EEXIST: "a file stands where its folder should be",
  ENOTDIR: "a file stands where its folder should be",
  ENOSPC: "the disk is full",
};

/** Creates the database's folder if needed and checks the file can be written there. */
export function checkDatabaseWritable(file: string): void {
  const folder = path.dirname(file);
  const fix = "set DATABASE_URL=file:/a/writable/folder/synack.db or fix the permissions";
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.accessSync(folder, fs.constants.W_OK);
    if (fs.existsSync(file)) fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
    // Root passes access() checks everywhere, so also prove it by creating a file beside the database.
    const probe = path.join(folder, `.synack-write-check-${process.pid}`);
    fs.writeFileSync(probe, "");
    fs.rmSync(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const reason = WRITE_FAILURES[code] ?? code ?? "unknown error";
    throw new ConfigProblem(`Cannot write the database ${file} (${reason}): ${fix}.`);
  }
}

/** Resolves when nothing listens on `port`; otherwise says which port is taken and how to pick another. */
export function checkPortFree(port: number, command = "npm run app"): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(
          new ConfigProblem(
            `Port ${port} is already in use: stop the program using it, or choose another port with PORT=${port + 1} ${command}.`,
          ),
        );
      } else if (error.code === "EACCES") {
        reject(
          new ConfigProblem(
            `Port ${port} needs special privileges: choose a port above 1023, e.g. PORT=3000 ${command}.`,
          ),
        );
      } else {
        reject(error);
      }
    });
    server.listen(port, () => server.close(() => resolve()));
  });
}

/** A port the operating system says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
