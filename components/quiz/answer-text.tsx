import { localeOfTextLang } from "@/lib/i18n/locales";
import type { Lang } from "@/lib/quiz/types";
import { eventGloss, isEvent } from "@/lib/tcp/events";

type Props = { value: string; lang: Lang; className?: string; gloss?: boolean };

/**
 * An answer as a quiz shows it: in the quiz's language, except an event's name ("rcv ACK of SYN", "passive OPEN"),
 * which is RFC 9293's notation and so marked English in either language, for screen readers to read it as English.
 * With `gloss`, what the event means follows on a line of its own, in the quiz's language.
 */
export function AnswerText({ value, lang, className, gloss = false }: Props) {
  const locale = localeOfTextLang(lang);
  if (!isEvent(value)) {
    return (
      <span lang={locale} className={className}>
        {value}
      </span>
    );
  }
  const name = (
    <span lang="en" className={className}>
      {value}
    </span>
  );
  if (!gloss) return name;
  return (
    <span className="flex min-w-0 flex-col">
      {name}
      <span lang={locale} className="text-sm text-slate-600 dark:text-slate-400">
        {eventGloss(value, lang)}
      </span>
    </span>
  );
}
