/** Every page a visitor reaches without an id of their own (the sweeps and the benchmarks go through all of them). */
export const PAGE_ROUTES = [
  "/",
  "/learn",
  "/learn/handshake",
  "/learn/sandbox",
  "/learn/copied-answer",
  "/quiz",
  "/flashcards",
  "/flashcards/everything",
  "/me",
  "/interview",
  "/interview/mock",
  "/interview/cheat-sheet",
  "/classes",
  "/classes/join",
  "/sign-in",
  "/sign-up",
] as const;
