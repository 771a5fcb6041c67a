import { globalTranslator } from "./global";
import type { Locale } from "./locales";
import { type Catalogue, en } from "./messages/en";
import { zhCN } from "./messages/zh-CN";
import { type Messages, type Namespace, namespaceTranslator } from "./translate";

/** Every message in every language (server side; the browser gets only the namespaces a page hands it). */
export const CATALOGUES: Record<Locale, Catalogue> = { en, "zh-CN": zhCN };

export function messagesFor(locale: Locale, namespaces?: readonly Namespace[]): Messages {
  const all = CATALOGUES[locale] as Messages;
  if (!namespaces) return all;
  return Object.fromEntries(namespaces.map((ns) => [ns, all[ns]])) as Messages;
}

/** A translator for one namespace outside React (tests, scripts, route handlers that know the locale). */
export function translatorFor<N extends Namespace>(locale: Locale, ns: N) {
  return namespaceTranslator(locale, messagesFor(locale), ns);
}

/** A translator for full keys (`quiz.notYours`) outside React. */
export function globalTranslatorFor(locale: Locale) {
  return globalTranslator(locale, messagesFor(locale));
}
