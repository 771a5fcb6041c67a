import type { Metadata } from "next";
import Link from "next/link";
import { DailyLimitForm } from "@/components/flashcards/daily-limit-form";
import { RememberTimezone } from "@/components/flashcards/remember-timezone";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui/buttons";
import { NoCookieNotice } from "@/components/ui/no-cookie-notice";
import { PageHeader } from "@/components/ui/page-header";
import { currentLearner } from "@/lib/auth/current-learner";
import { deckSummaries } from "@/lib/flashcards/review";
import { learnerTzOffset } from "@/lib/http/tz";
import { ClientMessages } from "@/lib/i18n/provider";
import { getGlobalT, getT } from "@/lib/i18n/server";
import { DECK_TEXT } from "@/lib/srs";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("flashcards");
  return { title: t("metaTitle") };
}

export default async function FlashcardsPage() {
  const [learner, tz, t, tg] = await Promise.all([
    currentLearner(),
    learnerTzOffset(),
    getT("flashcards"),
    getGlobalT(),
  ]);
  const summary = learner ? await deckSummaries(learner.id, new Date(), tz) : null;
  return (
    <div>
      <RememberTimezone />
      <PageHeader eyebrow={t("eyebrow")} title={t("title")} lead={t("lead")} />
      {!summary ? (
        <NoCookieNotice what="reviews" />
      ) : (
        <>
          <ul className="grid max-w-4xl gap-3 sm:grid-cols-2" data-testid="decks">
            {summary.decks.map((d) => {
              const waiting = d.due + d.fresh;
              const title = tg(DECK_TEXT[d.deck].title);
              return (
                <li
                  key={d.deck}
                  className="flex flex-col rounded-xl border border-slate-200 p-4 dark:border-slate-800"
                  data-deck={d.deck}
                >
                  <h2 className="font-semibold">{title}</h2>
                  <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{tg(DECK_TEXT[d.deck].summary)}</p>
                  <p className="mt-3 text-sm" data-testid="deck-counts">
                    {t.rich("deckCounts", { due: d.due, fresh: d.fresh, seen: d.seen, total: d.total })}
                  </p>
                  <p className="mt-3">
                    <Link
                      href={`/flashcards/${d.deck}`}
                      className={waiting > 0 ? PRIMARY_BUTTON : SECONDARY_BUTTON}
                      aria-label={t("reviewDeckLabel", { deck: title, due: d.due, fresh: d.fresh })}
                    >
                      {waiting > 0 ? t("review") : t("open")}
                    </Link>
                  </p>
                </li>
              );
            })}
          </ul>
          <section aria-labelledby="limit-heading" className="mt-10 max-w-3xl">
            <h2 id="limit-heading" className="text-xl font-semibold">
              {t("limitHeading")}
            </h2>
            <p className="mt-1 mb-3 text-sm text-slate-600 dark:text-slate-400">
              {t("limitLead", { started: summary.newToday })}
            </p>
            <ClientMessages namespaces={["flashcards"]}>
              <DailyLimitForm perDay={summary.newPerDay} />
            </ClientMessages>
          </section>
        </>
      )}
    </div>
  );
}
