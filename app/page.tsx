import Link from "next/link";
import { HandshakeLoop } from "@/components/home/handshake-loop";
import { AREAS } from "@/components/layout/areas";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui/buttons";
import { Headline } from "@/components/ui/headline";
import { currentCaller } from "@/lib/auth/current-learner";
import { learnerTzOffset } from "@/lib/http/tz";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/translate";
import { type Today, todayOf } from "@/lib/progress/today";
import { play, scenarioById, traceRows } from "@/lib/tcp";
import { quickTen } from "./quiz/actions";

const HANDSHAKE = scenarioById("handshake");

export default async function HomePage() {
  const [caller, t, tl, tz] = await Promise.all([currentCaller(), getT("home"), getT("layout"), learnerTzOffset()]);
  const today = caller ? await todayOf(caller.learner.id, new Date(), tz) : null;
  const trace = HANDSHAKE ? play(HANDSHAKE) : null;
  const profileLink = (children: React.ReactNode) => (
    <Link className="underline underline-offset-2" href="/me">
      {children}
    </Link>
  );
  return (
    <div>
      {today?.returning ? <YourDay today={today} t={t} /> : null}
      <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section className="max-w-3xl">
          <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">
            <Headline text={t("title")} />
          </h1>
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
        {trace ? (
          <ClientMessages namespaces={["home"]}>
            <HandshakeLoop title={t("loopTitle")} initial={trace.initial} rows={traceRows(trace)} />
          </ClientMessages>
        ) : null}
      </div>

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

/** What a returning learner has waiting: cards due, today's reviews, and the quiz left unfinished. */
function YourDay({ today, t }: { today: Today; t: Translator<"home"> }) {
  const cardsWaiting = today.due + today.fresh > 0;
  return (
    <section
      aria-labelledby="today-heading"
      className="mb-10 max-w-3xl rounded-xl border border-sky-600/40 bg-sky-50 p-5 dark:bg-sky-950/40"
      data-testid="your-day"
    >
      <h2 id="today-heading" className="text-xl font-semibold">
        {t("todayHeading")}
      </h2>
      <p className="mt-2">
        {t("todayDue", { n: today.due })} {t("todayFresh", { n: today.fresh })}{" "}
        {t("todayReviewed", { n: today.reviewedToday })}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        {cardsWaiting ? (
          <Link href="/flashcards/everything" className={PRIMARY_BUTTON}>
            {today.due > 0 ? t("reviewNow") : t("learnNew")}
          </Link>
        ) : null}
        {today.unfinished ? (
          <Link href={`/quiz/${today.unfinished.id}`} className={cardsWaiting ? SECONDARY_BUTTON : PRIMARY_BUTTON}>
            {t("continueQuiz", { n: today.unfinished.answered })}
          </Link>
        ) : null}
      </div>
    </section>
  );
}
