"use client";
import { type ReactNode, useMemo } from "react";
import { useLocale } from "@/lib/i18n/client";
import type { Values } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { learnFigure as en } from "@/lib/i18n/messages/en/figure";
import { learnFigure as zh } from "@/lib/i18n/messages/zh-CN/figure";
import { namespaceTranslator, type RichValues } from "@/lib/i18n/translate";

export type FigureKey = keyof typeof en;
export type FigureT = ((key: FigureKey, values?: Values) => string) & {
  rich: (key: FigureKey, values?: RichValues) => ReactNode;
};

const FIGURE_MESSAGES: Record<Locale, typeof en> = { en, "zh-CN": zh };

/**
 * The words of a figure (a scenario's sequence diagram, one arc of Figure 5) in the page's language. Quiz, flashcard
 * and cheat-sheet pages draw figures too; the figure brings its few messages along, so those pages need not hand
 * down the `learn` namespace.
 */
export function useFigureT(): FigureT {
  const locale = useLocale();
  return useMemo(() => namespaceTranslator(locale, { learn: FIGURE_MESSAGES[locale] }, "learn"), [locale]);
}
