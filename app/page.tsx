import Link from "next/link";
import { AREAS } from "@/components/layout/areas";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui/buttons";
import { currentCaller } from "@/lib/auth/current-learner";
import { getT } from "@/lib/i18n/server";
import { quickTen } from "./quiz/actions";

export default async function HomePage() {
  const [caller, t, tl] = await Promise.all([currentCaller(), getT("home"), getT("layout")]);
  const profileLink = (children: React.ReactNode) => (
    <Link className="underline underline-offset-2" href="/me">
      {children}
    </Link>
  );
  return (
    <div>
      <section className="max-w-3xl">
        <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">{t("title")}</h1>
        <p className="mt-5 text-lg text-slate-700 dark:text-slate-300">{t.rich("intro")}</p>
        <p className="mt-4 text-slate-600 dark:text-slate-400">{t("audience")}</p>
        <div className="mt-8 flex flex-wrap items-center gap-3">
          <form action={quickTen}>
            <button type="submit" className={PRIMARY_BUTTON}>
              {t("quickTen")}
            </button>
          </form>
          <Link href="/quiz" className={SECONDARY_BUTTON}>
            {t("chooseQuiz")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="areas-heading" className="mt-12">
        <h2 id="areas-heading" className="text-xl font-semibold">
          {t("whatsHere")}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {AREAS.map((a) => (
            <li key={a.href}>
              <Link
                href={a.href}
                className="flex h-full flex-col rounded-xl border border-slate-200 p-5 transition-colors hover:border-slate-400 hover:bg-slate-50 dark:border-slate-800 dark:hover:border-slate-600 dark:hover:bg-slate-900"
              >
                <span className="text-lg font-semibold">{tl(a.title)}</span>
                <span className="mt-2 text-sm text-slate-600 dark:text-slate-400">{tl(a.summary)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <p className="mt-10 text-sm text-slate-600 dark:text-slate-400">
        {caller?.user
          ? t.rich("savedAccount", { name: caller.user.name, link: profileLink })
          : t.rich("savedGuest", { link: profileLink })}
      </p>
    </div>
  );
}
