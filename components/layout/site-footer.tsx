import { getT } from "@/lib/i18n/server";

export async function SiteFooter() {
  const t = await getT("layout");
  return (
    <footer className="mt-16 border-t border-slate-200 print:hidden dark:border-slate-800">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-slate-600 sm:flex-row sm:justify-between dark:text-slate-400">
        <p>
          {t.rich("footerRfc", {
            rfc: (children) => (
              <a
                className="underline underline-offset-2 hover:text-slate-900 dark:hover:text-white"
                href="https://www.rfc-editor.org/rfc/rfc9293"
              >
                {children}
              </a>
            ),
          })}
        </p>
        <p>{t("footerTagline")}</p>
      </div>
    </footer>
  );
}
