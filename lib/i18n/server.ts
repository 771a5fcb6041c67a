import { cookies, headers } from "next/headers";
import { cache } from "react";
import { globalTranslatorFor, translatorFor } from "./catalogues";
import { LOCALE_COOKIE, type Locale, requestLocale } from "./locales";
import type { GlobalTranslator, Namespace, Translator } from "./translate";

/** This request's interface language: the remembered choice, else the browser's Accept-Language. */
export const getLocale = cache(async (): Promise<Locale> => {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  return requestLocale(jar.get(LOCALE_COOKIE)?.value, head.get("accept-language"));
});

/** A translator for one namespace in this request's language (server components, actions, route handlers). */
export async function getT<N extends Namespace>(ns: N): Promise<Translator<N>> {
  return translatorFor(await getLocale(), ns);
}

/** A translator for full keys (`quiz.notYours`), for messages `lib` code returns. */
export async function getGlobalT(): Promise<GlobalTranslator> {
  return globalTranslatorFor(await getLocale());
}

export { localeOfRequest } from "./locales";
