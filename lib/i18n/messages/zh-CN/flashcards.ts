import type { Catalogue } from "../en";

export const flashcards: Catalogue["flashcards"] = {};
