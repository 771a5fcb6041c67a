"use client";

import { createContext, useContext, useMemo } from "react";
import type { Locale } from "./locales";
import { type Messages, type Namespace, namespaceTranslator, type Translator } from "./translate";

type Ctx = { locale: Locale; messages: Messages };
const I18nContext = createContext<Ctx>({ locale: "en", messages: {} });

/**
 * Hands client components the namespaces a server component picked (`<ClientMessages>`); nested providers add
 * to their parent's, so the layout's common words and a page's own messages are both there.
 */
export function MessagesProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Messages;
  children: React.ReactNode;
}) {
  const parent = useContext(I18nContext);
  const value = useMemo(() => ({ locale, messages: { ...parent.messages, ...messages } }), [locale, messages, parent]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** A translator for a namespace some `<ClientMessages>` above this component handed down. */
export function useT<N extends Namespace>(ns: N): Translator<N> {
  const { locale, messages } = useContext(I18nContext);
  return useMemo(() => namespaceTranslator(locale, messages, ns), [locale, messages, ns]);
}

export function useLocale(): Locale {
  return useContext(I18nContext).locale;
}
