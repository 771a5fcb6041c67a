import { parseCookies } from "@/lib/http/cookies";
/**
 * The languages the whole interface speaks. `en` is the default; `zh-CN` is Simplified Chinese. Generated content
 * (questions, explanations, narration, interview answers) carries both languages as `Text` ({ en, zh }); `textLang`
 * says which half a locale reads.
 */
export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie that remembers a chosen language (a year). */
export const LOCALE_COOKIE = "synack_locale";
export const LOCALE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

/** Each language's name in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", "zh-CN": "中文" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The half of a generated `Text` ({ en, zh }) that a locale reads. */
export function textLang(locale: Locale): "en" | "zh" {
  return locale === "zh-CN" ? "zh" : "en";
}

/** The interface language for a generated-content language (the quiz's `lang`). */
export function localeOfTextLang(lang: "en" | "zh"): Locale {
  return lang === "zh" ? "zh-CN" : "en";
}

/**
 * The language a browser asks for in its Accept-Language header, among ours: the first tag (by q-value, then order)
 * that is English or any Chinese (zh, zh-CN, zh-TW, zh-Hans...: Simplified is the Chinese we have). Anything else,
 * or nothing, is English.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .slice(0, 30)
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.tag && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return DEFAULT_LOCALE;
}

/** The locale for a request: the remembered choice if it names one of ours, else what the browser asks for. */
export function requestLocale(cookieValue: string | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(cookieValue) ? cookieValue : negotiateLocale(acceptLanguage);
}

/** The language of a request from its headers (route handlers given one): the same rule, read from its Cookie header. */
export function localeOfRequest(request: { headers: Headers }): Locale {
  const cookie = parseCookies(request.headers.get("cookie")).get(LOCALE_COOKIE);
  return requestLocale(cookie, request.headers.get("accept-language"));
}

/**
 * "basics, intermediate or advanced", "basics、intermediate或advanced": a list of choices as a sentence in the
 * locale writes it (British English, so no comma before "or", as the command line's messages write it).
 */
export function orList(items: readonly string[], locale: Locale = DEFAULT_LOCALE): string {
  return new Intl.ListFormat(locale === "en" ? "en-GB" : locale, { type: "disjunction" }).format(items);
}

const DAY_LENGTHS: Record<"day" | "short" | "long", Intl.DateTimeFormatOptions> = {
  day: { day: "numeric" },
  short: { day: "numeric", month: "short" },
  long: { day: "numeric", month: "long", year: "numeric" },
};

/**
 * A calendar day ("2026-12-02") as the interface writes it, one style per language everywhere: "2 December 2026" or
 * 2026年12月2日 in sentences; under a chart's bars "2 Dec" or 12月2日, and then only "3" or 3日 until the month
 * changes (`day`), so fourteen labels fit a phone.
 */
export function formatDay(day: string, locale: Locale, length: "day" | "short" | "long" = "long"): string {
  const options = DAY_LENGTHS[length];
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { ...options, timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
