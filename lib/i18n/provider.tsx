import { messagesFor } from "./catalogues";
import { MessagesProvider } from "./client";
import { getLocale } from "./server";
import type { Namespace } from "./translate";

/**
 * Gives the client components below it the messages of these namespaces in this request's language, and only
 * those: the browser never downloads the whole catalogue.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly Namespace[];
  children: React.ReactNode;
}) {
  const locale = await getLocale();
  return (
    <MessagesProvider locale={locale} messages={messagesFor(locale, namespaces)}>
      {children}
    </MessagesProvider>
  );
}
