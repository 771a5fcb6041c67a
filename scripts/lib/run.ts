import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const TOOLS = {
  next: ["next", "next"],
  prisma: ["prisma", "prisma"],
  biome: ["@biomejs/biome", "biome"],
  tsc: ["typescript", "tsc"],
  vitest: ["vitest", "vitest"],
  playwright: ["@playwright/test", "playwright"],
} as const;

export type Tool = keyof typeof TOOLS;

/** The JavaScript file behind a package's command (its package.json "bin"), run with this same Node. */
export function toolEntry(tool: Tool): string {
  const [pkg, command] = TOOLS[tool];
  const folder = path.join(process.cwd(), "node_modules", pkg);
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, "package.json"), "utf8")) as {
    bin: string | Record<string, string>;
  };
  const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin[command];
  if (!bin) throw new Error(`${pkg} has no "${command}" command`);
  return path.join(folder, bin);
}

/** Runs a tool to completion with inherited output; rejects with its exit code when it fails. */
export function runTool(tool: Tool, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [toolEntry(tool), ...args], { stdio: "inherit", env });
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new ToolFailed(tool, args, code ?? (signal ? 128 : 1)));
    });
  });
}

export class ToolFailed extends Error {
  constructor(
    readonly tool: string,
    readonly args: string[],
    readonly exitCode: number,
  ) {
    super(`${tool} ${args.join(" ")} failed (exit code ${exitCode})`);
  }
}
