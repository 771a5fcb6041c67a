import Link from "next/link";
import { textLang } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { LEVEL_TEXT } from "@/lib/quiz/focus";
import { LEVELS, SCENARIOS } from "@/lib/tcp";

/** Every scenario with its one-line summary, easiest first; the one being played is marked. */
export async function ScenarioPicker({ current }: { current?: string }) {
  const [t, tc] = await Promise.all([getT("learn"), getT("common")]);
  const lang = textLang(t.locale);
  const scenarios = [...SCENARIOS].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
  return (
    <ul className="mt-4 grid gap-3 sm:grid-cols-2" data-testid="scenario-list">
      {scenarios.map((s) => (
        <li key={s.id}>
          <Link
            href={`/learn/${s.id}`}
            aria-current={s.id === current ? "page" : undefined}
            className="flex h-full flex-col rounded-xl border border-slate-200 p-4 hover:border-slate-400 hover:bg-slate-50 aria-[current=page]:border-sky-600 aria-[current=page]:bg-sky-50 dark:border-slate-800 dark:hover:border-slate-600 dark:hover:bg-slate-900 dark:aria-[current=page]:bg-sky-950"
          >
            <span className="flex items-center justify-between gap-2">
              <span className="font-semibold">{s.title[lang]}</span>
              <span className="shrink-0 rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
                {s.id === current ? t("shownAbove") : tc(LEVEL_TEXT[s.level])}
              </span>
            </span>
            <span className="mt-1 text-sm text-slate-600 dark:text-slate-400">{s.summary[lang]}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
