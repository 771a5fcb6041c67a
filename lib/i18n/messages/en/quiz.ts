export const quiz = {};
