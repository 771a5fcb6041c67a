import { createElement, Fragment, type ReactNode } from "react";
import { format, renderMessage, type Values } from "./format";
import type { Locale } from "./locales";
import type { Catalogue } from "./messages/en";

export type { Catalogue };
export type Namespace = keyof Catalogue;
export type KeyIn<N extends Namespace> = keyof Catalogue[N] & string;
/** A message's full name, `namespace.key`: what `lib` code returns for a message the interface shows. */
export type MsgKey = { [N in Namespace]: `${N}.${KeyIn<N>}` }[Namespace];
/** A message with its values, for `lib` code that says something with numbers or names in it. */
export type Msg = MsgKey | { key: MsgKey; values: Values };

/** Namespaces' messages for one locale (all of them on the server, the picked ones in the browser). */
export type Messages = Partial<{ [N in Namespace]: Record<string, string> }>;

/** Rich values: plain values, or a function per tag that wraps the tag's content (a link, say). */
export type RichValues = Record<string, string | number | ((children: ReactNode) => ReactNode)>;

/** Tags every rich message may use without the caller passing a function for them. */
const DEFAULT_TAGS: Record<string, (children: ReactNode) => ReactNode> = {
  code: (children) => createElement("code", { className: "font-mono text-[0.95em]" }, children),
  strong: (children) => createElement("strong", { className: "font-semibold" }, children),
  em: (children) => createElement("em", null, children),
  kbd: (children) =>
    createElement(
      "kbd",
      { className: "rounded border border-slate-300 px-1 font-mono text-[0.9em] dark:border-slate-600" },
      children,
    ),
  en: (children) => createElement("span", { lang: "en" }, children),
};

export type Translator<N extends Namespace> = {
  (key: KeyIn<N>, values?: Values): string;
  /** The message with its tags as elements: `<code>`, `<strong>`, `<em>`, `<kbd>`, `<en>` built in, others passed. */
  rich: (key: KeyIn<N>, values?: RichValues) => ReactNode;
  has: (key: string) => key is KeyIn<N>;
  locale: Locale;
};

export type GlobalTranslator = {
  (key: MsgKey, values?: Values): string;
  rich: (key: MsgKey, values?: RichValues) => ReactNode;
  /** A message `lib` returned: a key, or a key with values. */
  msg: (message: Msg) => string;
  /** Whether a string is a message key (zod errors in schemas are keys). */
  isKey: (value: string) => value is MsgKey;
  locale: Locale;
};

function splitRich(values: RichValues): { plain: Values; tags: Record<string, (c: ReactNode) => ReactNode> } {
  const plain: Values = {};
  const tags: Record<string, (c: ReactNode) => ReactNode> = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === "function") tags[k] = v;
    else plain[k] = v;
  }
  return { plain, tags };
}

export function richText(message: string, values: RichValues, locale: Locale): ReactNode {
  const { plain, tags } = splitRich(values);
  let key = 0;
  const parts = renderMessage<ReactNode>(message, plain, locale, {
    text: (s) => s,
    tag: (name, children) => {
      const wrap = tags[name] ?? DEFAULT_TAGS[name];
      const inner = createElement(Fragment, null, ...children);
      return createElement(Fragment, { key: key++ }, wrap ? wrap(inner) : inner);
    },
  });
  return createElement(Fragment, null, ...parts);
}

/** A missing message shows its key (never a crash), so a gap is visible on screen and caught by the tests. */
export function lookup(messages: Messages, ns: string, key: string): string {
  return (messages as Record<string, Record<string, string> | undefined>)[ns]?.[key] ?? `${ns}.${key}`;
}

export function namespaceTranslator<N extends Namespace>(locale: Locale, messages: Messages, ns: N): Translator<N> {
  const t = ((key: string, values?: Values) =>
    format(lookup(messages, ns, key), values, locale)) as unknown as Translator<N>;
  t.rich = (key, values = {}) => richText(lookup(messages, ns, key), values, locale);
  t.has = (key: string): key is KeyIn<N> => Boolean((messages as Record<string, Record<string, string>>)[ns]?.[key]);
  t.locale = locale;
  return t;
}
