import type { Metadata } from "next";
import Link from "next/link";
import { DailyLimitForm } from "@/components/flashcards/daily-limit-form";
import { RememberTimezone } from "@/components/flashcards/remember-timezone";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui/buttons";
import { NoCookieNotice } from "@/components/ui/no-cookie-notice";
import { PageHeader } from "@/components/ui/page-header";
import { currentLearner } from "@/lib/auth/current-learner";
import { learnerTzOffset } from "@/lib/http/tz";
import { deckSummaries } from "@/lib/practice/flashcards";
import { DECK_TEXT } from "@/lib/srs";

export const metadata: Metadata = { title: "Flashcards" };

export default async function FlashcardsPage() {
  const [learner, tz] = await Promise.all([currentLearner(), learnerTzOffset()]);
  const summary = learner ? await deckSummaries(learner.id, new Date(), tz) : null;
  return (
    <div>
      <RememberTimezone />
      <PageHeader
        eyebrow="Flashcards"
        title="Flashcards, spaced to what you forget"
        lead="Cards for every transition, state, name spelling and seq/ack step, generated from the model and scheduled with FSRS, the algorithm Anki uses: rate each card and it comes back just before you would forget it."
      />
      {!summary ? (
        <NoCookieNotice what="reviews" />
      ) : (
        <>
          <ul className="grid max-w-4xl gap-3 sm:grid-cols-2" data-testid="decks">
            {summary.decks.map((d) => {
              const waiting = d.due + d.fresh;
              return (
                <li
                  key={d.deck}
                  className="flex flex-col rounded-xl border border-slate-200 p-4 dark:border-slate-800"
                  data-deck={d.deck}
                >
                  <h2 className="font-semibold">{DECK_TEXT[d.deck].title}</h2>
                  <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{DECK_TEXT[d.deck].summary}</p>
                  <p className="mt-3 text-sm" data-testid="deck-counts">
                    <strong>{d.due}</strong> due · <strong>{d.fresh}</strong> new today · {d.seen} of {d.total} seen
                  </p>
                  <p className="mt-3">
                    <Link
                      href={`/flashcards/${d.deck}`}
                      className={waiting > 0 ? PRIMARY_BUTTON : SECONDARY_BUTTON}
                      aria-label={`Review ${DECK_TEXT[d.deck].title}: ${d.due} due, ${d.fresh} new`}
                    >
                      {waiting > 0 ? "Review" : "Open"}
                    </Link>
                  </p>
                </li>
              );
            })}
          </ul>
          <section aria-labelledby="limit-heading" className="mt-10 max-w-3xl">
            <h2 id="limit-heading" className="text-xl font-semibold">
              Daily new cards
            </h2>
            <p className="mt-1 mb-3 text-sm text-slate-600 dark:text-slate-400">
              How many cards you have never seen a review may bring in each day ({summary.newToday} started today).
              Cards already learning or due always come.
            </p>
            <DailyLimitForm perDay={summary.newPerDay} />
          </section>
        </>
      )}
    </div>
  );
}
