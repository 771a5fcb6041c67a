import Link from "next/link";
import type { Learner } from "@/lib/db";
import { getT } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/translate";
import { AREAS } from "./areas";
import { DueBadge, DueLink } from "./due-badge";
import { LanguageSwitcher } from "./language-switcher";
import { learnerName } from "./learner-name";
import { MobileMenu } from "./mobile-menu";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

const linkClass =
  "whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-950 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white dark:aria-[current=page]:bg-slate-100 dark:aria-[current=page]:text-slate-950";

function Wordmark() {
  return (
    <Link href="/" className="flex items-center gap-2 rounded-md font-semibold tracking-tight">
      <svg viewBox="0 0 32 32" aria-hidden="true" className="h-7 w-7">
        <rect width="32" height="32" rx="7" className="fill-slate-900 dark:fill-slate-100" />
        <path
          d="M7 11h15l-4-4M25 21H10l4 4"
          fill="none"
          strokeWidth="2.5"
          strokeLinecap="round"
          strokeLinejoin="round"
          className="stroke-white dark:stroke-slate-900"
        />
      </svg>
      <span className="text-lg">
        Syn<span className="text-sky-700 dark:text-sky-400">Ack</span>
      </span>
    </Link>
  );
}

function LearnerChip({ learner, t }: { learner: Learner | null; t: Translator<"layout"> }) {
  if (!learner) {
    return (
      <span className="text-xs text-amber-800 dark:text-amber-300" data-testid="learner-chip">
        {t("cookiesOff")}
      </span>
    );
  }
  return (
    <NavLink
      href="/me"
      className="whitespace-nowrap rounded-full border border-slate-300 px-3 py-1 text-xs font-medium text-slate-700 hover:border-slate-500 aria-[current=page]:border-slate-900 dark:border-slate-700 dark:text-slate-300 dark:hover:border-slate-400 dark:aria-[current=page]:border-slate-100"
    >
      <span data-testid="learner-chip">{learnerName(learner, t)}</span>
    </NavLink>
  );
}

/** Sign in for a guest, sign out for an account: beside the chip on a wide screen, in the menu on a phone. */
function AccountLink({ signedIn, t }: { signedIn: boolean; t: Translator<"layout"> }) {
  if (signedIn) return <SignOutButton />;
  return (
    <Link
      href="/sign-in"
      className="whitespace-nowrap rounded-md px-2 py-1 text-sm font-medium text-sky-700 underline-offset-2 hover:underline dark:text-sky-400"
    >
      {t("signIn")}
    </Link>
  );
}

export async function SiteHeader({ learner, signedIn }: { learner: Learner | null; signedIn: boolean }) {
  const t = await getT("layout");
  return (
    <header className="border-b border-slate-200 print:hidden dark:border-slate-800">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Wordmark />
        <nav aria-label={t("mainNav")} className="hidden xl:block">
          <ul className="flex items-center gap-1">
            {AREAS.map((a) => (
              <li key={a.href}>
                <NavLink href={a.href} className={linkClass}>
                  {t(a.title)}
                  {a.href === "/flashcards" ? <DueBadge /> : null}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-2">
          <span className="hidden xl:inline">
            <LanguageSwitcher />
          </span>
          <LearnerChip learner={learner} t={t} />
          <span className="hidden xl:inline">
            <AccountLink signedIn={signedIn} t={t} />
          </span>
          <DueLink />
          <MobileMenu label={t("menu")}>
            <nav aria-label={t("mainNav")}>
              <ul className="flex flex-col">
                {AREAS.map((a) => (
                  <li key={a.href}>
                    <NavLink href={a.href} className={`block ${linkClass}`}>
                      {t(a.title)}
                      {a.href === "/flashcards" ? <DueBadge /> : null}
                    </NavLink>
                  </li>
                ))}
                <li className="mt-2 border-t border-slate-200 px-1 pt-2 dark:border-slate-800">
                  <AccountLink signedIn={signedIn} t={t} />
                </li>
                <li className="mt-2 border-t border-slate-200 px-1 pt-2 dark:border-slate-800">
                  <LanguageSwitcher />
                </li>
              </ul>
            </nav>
          </MobileMenu>
        </div>
      </div>
    </header>
  );
}
