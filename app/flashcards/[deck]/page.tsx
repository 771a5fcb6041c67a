import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RememberTimezone } from "@/components/flashcards/remember-timezone";
import { ReviewSession } from "@/components/flashcards/review-session";
import { PageHeader } from "@/components/ui/page-header";
import { currentLearner } from "@/lib/auth/current-learner";
import { learnerTzOffset } from "@/lib/http/tz";
import { reviewView } from "@/lib/practice/flashcards";
import { DECK_TEXT, isDeck } from "@/lib/srs";

type Props = { params: Promise<{ deck: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { deck } = await params;
  return { title: isDeck(deck) ? `Review: ${DECK_TEXT[deck].title}` : "No such deck" };
}

/** A review of one deck: the due cards, then today's new ones. */
export default async function ReviewPage({ params }: Props) {
  const { deck } = await params;
  if (!isDeck(deck)) notFound();
  const [learner, tz] = await Promise.all([currentLearner(), learnerTzOffset()]);
  const title = DECK_TEXT[deck].title;
  return (
    <div>
      <RememberTimezone />
      <PageHeader eyebrow="Flashcards" title={`Review: ${title}`} />
      {learner ? (
        <ReviewSession initial={await reviewView(learner.id, deck, new Date(), tz)} deckTitle={title} />
      ) : (
        <p
          role="alert"
          className="max-w-3xl rounded-lg bg-amber-50 p-3 text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          SynAck keeps your reviews under a guest profile in a cookie, and this browser is not sending it. Allow cookies
          for this site and reload the page.
        </p>
      )}
    </div>
  );
}
