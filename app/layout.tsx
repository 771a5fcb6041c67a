import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { currentCaller } from "@/lib/auth/current-learner";
import { ClientMessages } from "@/lib/i18n/provider";
import { getLocale, getT } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("layout");
  return { title: { default: t("metaTitle"), template: "%s · SynAck" }, description: t("metaDescription") };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020618" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [caller, locale, t] = await Promise.all([currentCaller(), getLocale(), getT("layout")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900 focus:shadow"
        >
          {t("skipToContent")}
        </a>
        <ClientMessages namespaces={["common", "layout"]}>
          <SiteHeader learner={caller?.learner ?? null} signedIn={Boolean(caller?.user)} />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:py-12">
            {children}
          </main>
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}
