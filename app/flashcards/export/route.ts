import { ankiText, type DeckId, deckCards, isDeck } from "@/lib/srs";

/** GET /flashcards/export?deck=teardown: the deck as a file for Anki's File → Import. */
export function GET(request: Request): Response {
  const asked = new URL(request.url).searchParams.get("deck") ?? "everything";
  if (!isDeck(asked)) {
    return new Response(
      `There is no deck "${asked.slice(0, 40)}". Decks: everything, handshake, teardown, edge-cases, naming, seq-ack.\n`,
      {
        status: 404,
        headers: { "content-type": "text/plain; charset=utf-8" },
      },
    );
  }
  const deck: DeckId = asked;
  return new Response(ankiText(deckCards(deck)), {
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "content-disposition": `attachment; filename="synack-${deck}.txt"`,
    },
  });
}
