import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { currentCaller } from "@/lib/auth/current-learner";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "SynAck — learn TCP's handshake, teardown and states", template: "%s · SynAck" },
  description:
    "Learn the TCP connection state machine from RFC 9293: the three-way handshake, the four-way teardown and all eleven states, with quizzes, flashcards and animations.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020618" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const caller = await currentCaller();
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900 focus:shadow"
        >
          Skip to content
        </a>
        <SiteHeader learner={caller?.learner ?? null} signedIn={Boolean(caller?.user)} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:py-12">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
