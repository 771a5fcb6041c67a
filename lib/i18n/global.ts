// Full-key translation (`quiz.notAChoice`) and the check that a string is one of our keys. It reads the English
// catalogue to know the keys, so it is for the server and lib code only: client components use `useT`, which
// carries only the namespaces a page hands down.
import { format, type Values } from "./format";
import type { Locale } from "./locales";
import { en } from "./messages/en";
import { type GlobalTranslator, lookup, type Messages, type MsgKey, type Namespace, richText } from "./translate";

export function isMsgKey(value: string): value is MsgKey {
  const dot = value.indexOf(".");
  if (dot < 1) return false;
  const ns = value.slice(0, dot) as Namespace;
  return ns in en && Object.hasOwn(en[ns], value.slice(dot + 1));
}

export function globalTranslator(locale: Locale, messages: Messages): GlobalTranslator {
  const split = (key: string) => {
    const dot = key.indexOf(".");
    return lookup(messages, key.slice(0, dot), key.slice(dot + 1));
  };
  const t = ((key: MsgKey, values?: Values) => format(split(key), values, locale)) as GlobalTranslator;
  t.rich = (key, values = {}) => richText(split(key), values, locale);
  t.msg = (message) => (typeof message === "string" ? t(message) : t(message.key, message.values));
  t.isKey = isMsgKey;
  t.locale = locale;
  return t;
}
