import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { textLang } from "@/lib/i18n/locales";
import { localeOfRequest } from "@/lib/i18n/server";
import { ankiText, DECKS, type DeckId, deckCards, isDeck } from "@/lib/srs";

/**
 * GET /flashcards/export?deck=teardown: the deck as a file for Anki's File → Import, each card in the interface's
 * language first and the other under it.
 */
export function GET(request: Request): Response {
  const locale = localeOfRequest(request);
  const asked = new URL(request.url).searchParams.get("deck") ?? "everything";
  if (!isDeck(asked)) {
    const t = globalTranslatorFor(locale);
    return new Response(`${t("flashcards.exportNoDeck", { deck: asked.slice(0, 40), decks: DECKS.join(", ") })}\n`, {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const deck: DeckId = asked;
  return new Response(ankiText(deckCards(deck), textLang(locale)), {
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "content-disposition": `attachment; filename="synack-${deck}.txt"`,
    },
  });
}
