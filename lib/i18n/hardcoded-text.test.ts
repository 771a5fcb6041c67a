import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every word the interface shows comes from the catalogue. This reads every component and page and lists the
 * English written straight into JSX: text between tags, strings and template literals placed as children, and the
 * attributes a user reads or hears (aria-label, title, placeholder, alt).
 */

// Next's own copy of Babel's parser: already installed, and it reads TSX.
const { parse } = createRequire(import.meta.url)("next/dist/compiled/babel/parser") as {
  parse: (src: string, opts: object) => { program: unknown };
};

const ROOT = path.resolve(import.meta.dirname, "../..");
/** Words that are the same in every language: names and notation. */
const ALLOWED_WORDS = new Set(["SynAck", "Syn", "Ack", "seq", "ack", "ss", "netstat", "tcpdump", "Linux", "Anki"]);
const READ_ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "alt", "aria-description", "aria-valuetext"]);

function isEnglish(text: string): boolean {
  const words = text.match(/[A-Za-z]{2,}/g) ?? [];
  return words.some((w) => /[a-z]/.test(w) && !ALLOWED_WORDS.has(w));
}

type N = { type: string; [k: string]: unknown };
const isNode = (v: unknown): v is N => typeof v === "object" && v !== null && typeof (v as N).type === "string";

/** The string pieces an expression can evaluate to: literals, template parts, both arms of ?: and ||/&&/??. */
function literalPieces(node: unknown): string[] {
  if (!isNode(node)) return [];
  switch (node.type) {
    case "StringLiteral":
      return [node.value as string];
    case "TemplateLiteral":
      return (node.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked);
    case "ConditionalExpression":
      return [...literalPieces(node.consequent), ...literalPieces(node.alternate)];
    case "LogicalExpression":
      return [...literalPieces(node.left), ...literalPieces(node.right)];
    default:
      return [];
  }
}

function findings(file: string): string[] {
  const src = fs.readFileSync(file, "utf8");
  const ast = parse(src, { sourceType: "module", plugins: ["jsx", "typescript"] });
  const found: string[] = [];
  const report = (node: N, text: string) => {
    const line = (node.loc as { start: { line: number } } | undefined)?.start.line;
    found.push(`${path.relative(ROOT, file)}:${line}: ${text.trim().slice(0, 80)}`);
  };
  const visit = (node: unknown, parent?: N) => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n, parent);
      return;
    }
    if (!isNode(node)) return;
    if (node.type === "JSXText" && isEnglish(node.value as string)) report(node, node.value as string);
    if (
      node.type === "JSXExpressionContainer" &&
      parent &&
      (parent.type === "JSXElement" || parent.type === "JSXFragment")
    ) {
      for (const piece of literalPieces(node.expression)) if (isEnglish(piece)) report(node, piece);
    }
    if (node.type === "JSXAttribute") {
      const name = (node.name as { name?: string }).name ?? "";
      if (READ_ATTRIBUTES.has(name)) {
        const value = node.value as N | null;
        const pieces =
          value?.type === "JSXExpressionContainer" ? literalPieces(value.expression) : literalPieces(value);
        for (const piece of pieces) if (isEnglish(piece)) report(node, `${name}="${piece}"`);
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== "loc" && key !== "start" && key !== "end" && typeof child === "object") visit(child, node);
    }
  };
  visit(ast.program);
  return found;
}

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsxFiles(full);
    return e.name.endsWith(".tsx") ? [full] : [];
  });
}

describe("the interface text", () => {
  it("comes from the catalogue: no English written into a page or component", () => {
    const files = ["app", "components"].flatMap((d) => tsxFiles(path.join(ROOT, d)));
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(findings)).toEqual([]);
  });

  it("would notice English if some were written in", () => {
    const dir = fs.mkdtempSync(path.join(ROOT, "node_modules/.tmp-i18n-"));
    try {
      const file = path.join(dir, "probe.tsx");
      fs.writeFileSync(
        file,
        'export const A = ({ ok }: { ok: boolean }) => <p title="Open it">Hello <b>{ok ? "Yes" : "SYN"}</b> SynAck</p>;',
      );
      expect(findings(file).map((f) => f.split(": ").slice(1).join(": "))).toEqual(['title="Open it"', "Hello", "Yes"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
