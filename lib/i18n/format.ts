/**
 * Messages are strings in a small subset of ICU MessageFormat, parsed once and rendered per call:
 *   {name}                                  a value
 *   {n, plural, =0 {none} one {# card} other {# cards}}   `#` is n, written for the locale
 *   {kind, select, teacher {…} other {…}}   a choice by value
 *   <code>ss</code>                         a tag, rendered by `rich` as an element (as its content by `format`)
 * Values are never parsed, so a class called "<b>{x}" shows as typed.
 */

export type Values = Record<string, string | number>;

type Node =
  | { t: "text"; v: string }
  | { t: "arg"; name: string }
  | { t: "hash" }
  | { t: "plural" | "select"; name: string; options: Record<string, Node[]> }
  | { t: "tag"; name: string; children: Node[] };

export class MessageSyntaxError extends Error {}

const TAG_OPEN = /^<([a-z][a-z0-9]*)>/;
const NAME = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*/;

function parseNodes(src: string, start: number, stopAt: "}" | `</${string}>` | null, inPlural: boolean) {
  const nodes: Node[] = [];
  let text = "";
  let i = start;
  const flush = () => {
    if (text) nodes.push({ t: "text", v: text });
    text = "";
  };
  while (i < src.length) {
    const ch = src[i];
    if (stopAt === "}" && ch === "}") {
      flush();
      return { nodes, end: i + 1 };
    }
    if (stopAt && stopAt !== "}" && src.startsWith(stopAt, i)) {
      flush();
      return { nodes, end: i + stopAt.length };
    }
    if (ch === "{") {
      flush();
      const parsed = parseArgument(src, i + 1, inPlural);
      nodes.push(parsed.node);
      i = parsed.end;
      continue;
    }
    if (ch === "#" && inPlural) {
      flush();
      nodes.push({ t: "hash" });
      i += 1;
      continue;
    }
    if (ch === "<") {
      const open = TAG_OPEN.exec(src.slice(i));
      if (open) {
        flush();
        const name = open[1] as string;
        const inner = parseNodes(src, i + open[0].length, `</${name}>`, inPlural);
        nodes.push({ t: "tag", name, children: inner.nodes });
        i = inner.end;
        continue;
      }
    }
    if (ch === "}") throw new MessageSyntaxError(`Unexpected "}" at ${i} in: ${src}`);
    text += ch;
    i += 1;
  }
  if (stopAt) throw new MessageSyntaxError(`Missing "${stopAt}" in: ${src}`);
  flush();
  return { nodes, end: i };
}

function parseArgument(src: string, start: number, inPlural: boolean): { node: Node; end: number } {
  const name = NAME.exec(src.slice(start));
  if (!name) throw new MessageSyntaxError(`Expected an argument name at ${start} in: ${src}`);
  let i = start + name[0].length;
  const argName = name[1] as string;
  if (src[i] === "}") return { node: { t: "arg", name: argName }, end: i + 1 };
  if (src[i] !== ",") throw new MessageSyntaxError(`Expected "," or "}" after ${argName} in: ${src}`);
  const kind = NAME.exec(src.slice(i + 1));
  if (!kind || (kind[1] !== "plural" && kind[1] !== "select")) {
    throw new MessageSyntaxError(`Only plural and select are supported, in: ${src}`);
  }
  i += 1 + kind[0].length;
  if (src[i] !== ",") throw new MessageSyntaxError(`Expected "," after ${kind[1]} in: ${src}`);
  i += 1;
  const options: Record<string, Node[]> = {};
  const isPlural = kind[1] === "plural";
  for (;;) {
    while (src[i] === " " || src[i] === "\n") i += 1;
    if (src[i] === "}") break;
    const key = /^(=\d+|[A-Za-z_][A-Za-z0-9_-]*)\s*\{/.exec(src.slice(i));
    if (!key) throw new MessageSyntaxError(`Expected an option at ${i} in: ${src}`);
    const body = parseNodes(src, i + key[0].length, "}", isPlural || inPlural);
    options[key[1] as string] = body.nodes;
    i = body.end;
  }
  if (!options.other) throw new MessageSyntaxError(`A ${kind[1]} needs an "other" option, in: ${src}`);
  return { node: { t: kind[1] as "plural" | "select", name: argName, options }, end: i + 1 };
}

const cache = new Map<string, Node[]>();

function parse(src: string): Node[] {
  let nodes = cache.get(src);
  if (!nodes) {
    nodes = parseNodes(src, 0, null, false).nodes;
    cache.set(src, nodes);
  }
  return nodes;
}

export type Renderer<T> = { text: (s: string) => T; tag: (name: string, children: T[]) => T };

function render<T>(nodes: Node[], values: Values, locale: string, r: Renderer<T>, count?: number): T[] {
  const out: T[] = [];
  for (const node of nodes) {
    switch (node.t) {
      case "text":
        out.push(r.text(node.v));
        break;
      case "hash":
        out.push(r.text(count === undefined ? "#" : new Intl.NumberFormat(locale).format(count)));
        break;
      case "arg": {
        const v = values[node.name];
        out.push(r.text(v === undefined ? `{${node.name}}` : typeof v === "number" ? formatNumber(v, locale) : v));
        break;
      }
      case "tag":
        out.push(r.tag(node.name, render(node.children, values, locale, r, count)));
        break;
      case "plural": {
        const n = Number(values[node.name]);
        const exact = node.options[`=${n}`];
        const branch = exact ?? node.options[new Intl.PluralRules(locale).select(n)] ?? node.options.other ?? [];
        out.push(...render(branch, values, locale, r, n));
        break;
      }
      case "select": {
        const v = String(values[node.name]);
        out.push(...render(node.options[v] ?? node.options.other ?? [], values, locale, r, count));
        break;
      }
    }
  }
  return out;
}

function formatNumber(n: number, locale: string): string {
  return Number.isInteger(n) && Math.abs(n) < 10_000 ? String(n) : new Intl.NumberFormat(locale).format(n);
}

const toText: Renderer<string> = { text: (s) => s, tag: (_name, children) => children.join("") };

/** A message as plain text: values put in, plurals and selects chosen, tags reduced to their content. */
export function format(message: string, values: Values = {}, locale = "en"): string {
  return render(parse(message), values, locale, toText).join("");
}

/** A message rendered with a caller's renderer (rich text: tags become elements). */
export function renderMessage<T>(message: string, values: Values, locale: string, renderer: Renderer<T>): T[] {
  return render(parse(message), values, locale, renderer);
}

/** What a message expects: its argument names and its tag names (the catalogue test compares languages by these). */
export function messageShape(message: string): { args: string[]; tags: string[] } {
  const args = new Set<string>();
  const tags = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n.t === "arg") args.add(n.name);
      else if (n.t === "tag") {
        tags.add(n.name);
        walk(n.children);
      } else if (n.t === "plural" || n.t === "select") {
        args.add(n.name);
        for (const o of Object.values(n.options)) walk(o);
      }
    }
  };
  walk(parse(message));
  return { args: [...args].sort(), tags: [...tags].sort() };
}
