import { chooseLocale } from "@/lib/i18n/actions";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { getLocale, getT } from "@/lib/i18n/server";

/**
 * English | 中文: each language named in itself. A plain form posting to a server action, so it works before the
 * page's scripts load (and without them); the choice is remembered in a cookie and the page renders again in it.
 */
export async function LanguageSwitcher() {
  const [locale, t] = await Promise.all([getLocale(), getT("layout")]);
  return (
    <form action={chooseLocale} className="flex" aria-label={t("language")} data-testid="language-switcher">
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          title={t("switchTo", { name: LOCALE_NAMES[l] })}
          className="border border-slate-300 px-2 py-1 text-xs font-medium text-slate-700 first:rounded-l-md last:rounded-r-md hover:bg-slate-100 aria-pressed:bg-slate-900 aria-pressed:text-white dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-pressed:bg-slate-100 dark:aria-pressed:text-slate-950 [&+&]:border-l-0"
        >
          {LOCALE_NAMES[l]}
        </button>
      ))}
    </form>
  );
}
