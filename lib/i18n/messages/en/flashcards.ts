export const flashcards = {};
