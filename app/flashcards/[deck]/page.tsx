import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RememberTimezone } from "@/components/flashcards/remember-timezone";
import { ReviewSession } from "@/components/flashcards/review-session";
import { NoCookieNotice } from "@/components/ui/no-cookie-notice";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { currentLearner } from "@/lib/auth/current-learner";
import { reviewView } from "@/lib/flashcards/review";
import { learnerTzOffset } from "@/lib/http/tz";
import { ClientMessages } from "@/lib/i18n/provider";
import { getGlobalT } from "@/lib/i18n/server";
import { DECK_TEXT, deckCards, isDeck } from "@/lib/srs";

type Props = { params: Promise<{ deck: string }>; searchParams: Promise<{ card?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ deck }, t] = await Promise.all([params, getGlobalT()]);
  return {
    title: isDeck(deck) ? t("flashcards.reviewTitle", { deck: t(DECK_TEXT[deck].title) }) : t("flashcards.noSuchDeck"),
  };
}

/** A review of one deck: the due cards, then today's new ones. `?card=<id>` starts with that card (from the dashboard). */
export default async function ReviewPage({ params, searchParams }: Props) {
  const [{ deck }, query] = await Promise.all([params, searchParams]);
  const first = typeof query.card === "string" && query.card.length <= 200 ? query.card : null;
  if (!isDeck(deck)) notFound();
  const [learner, tz, t] = await Promise.all([currentLearner(), learnerTzOffset(), getGlobalT()]);
  const title = t(DECK_TEXT[deck].title);
  const unknownCard = first !== null && !deckCards(deck).some((c) => c.id === first);
  return (
    <div>
      <RememberTimezone />
      <PageHeader eyebrow={t("flashcards.eyebrow")} title={t("flashcards.reviewTitle", { deck: title })} />
      {unknownCard ? <Notice>{t("flashcards.unknownCard")}</Notice> : null}
      {learner ? (
        <ClientMessages namespaces={["flashcards"]}>
          <ReviewSession
            key={`${deck}:${first ?? ""}`}
            initial={await reviewView(learner.id, deck, new Date(), tz, first)}
            deckTitle={title}
          />
        </ClientMessages>
      ) : (
        <NoCookieNotice what="reviews" />
      )}
    </div>
  );
}
