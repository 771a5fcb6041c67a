import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RememberTimezone } from "@/components/flashcards/remember-timezone";
import { ReviewSession } from "@/components/flashcards/review-session";
import { NoCookieNotice } from "@/components/ui/no-cookie-notice";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { currentLearner } from "@/lib/auth/current-learner";
import { learnerTzOffset } from "@/lib/http/tz";
import { reviewView } from "@/lib/practice/flashcards";
import { DECK_TEXT, deckCards, isDeck } from "@/lib/srs";

type Props = { params: Promise<{ deck: string }>; searchParams: Promise<{ card?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { deck } = await params;
  return { title: isDeck(deck) ? `Review: ${DECK_TEXT[deck].title}` : "No such deck" };
}

/** A review of one deck: the due cards, then today's new ones. `?card=<id>` starts with that card (from the dashboard). */
export default async function ReviewPage({ params, searchParams }: Props) {
  const [{ deck }, query] = await Promise.all([params, searchParams]);
  const first = typeof query.card === "string" && query.card.length <= 200 ? query.card : null;
  if (!isDeck(deck)) notFound();
  const [learner, tz] = await Promise.all([currentLearner(), learnerTzOffset()]);
  const title = DECK_TEXT[deck].title;
  const unknownCard = first !== null && !deckCards(deck).some((c) => c.id === first);
  return (
    <div>
      <RememberTimezone />
      <PageHeader eyebrow="Flashcards" title={`Review: ${title}`} />
      {unknownCard ? (
        <Notice>That card is not in this deck, so the review starts with the next card due.</Notice>
      ) : null}
      {learner ? (
        <ReviewSession
          key={`${deck}:${first ?? ""}`}
          initial={await reviewView(learner.id, deck, new Date(), tz, first)}
          deckTitle={title}
        />
      ) : (
        <NoCookieNotice what="reviews" />
      )}
    </div>
  );
}
