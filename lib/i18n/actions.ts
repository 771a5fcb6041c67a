"use server";

import { cookies, headers } from "next/headers";
import { formFields } from "@/lib/http/form-fields";
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S } from "./locales";

/**
 * Remembers the language picked in the switcher (a year, in a cookie); the page then renders again in it.
 * Anything that is not one of ours changes nothing.
 */
export async function chooseLocale(form: unknown): Promise<void> {
  const locale = formFields(form, ["locale"])?.locale;
  if (!isLocale(locale)) return;
  const secure = (await headers()).get("x-forwarded-proto") === "https";
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    sameSite: "lax",
    secure,
    maxAge: LOCALE_COOKIE_MAX_AGE_S,
  });
}
