// The four ratings as numbers (Again 1, Hard 2, Good 3, Easy 4, as ts-fsrs numbers them), kept apart from the
// scheduler so the review page in the browser does not download ts-fsrs to draw four buttons.
export const GRADES = [1, 2, 3, 4] as const;
export type Grade = (typeof GRADES)[number];
