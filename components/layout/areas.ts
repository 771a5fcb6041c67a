import type { KeyIn } from "@/lib/i18n/translate";

/** The app's areas, in navigation order; the home page and the navigation both read this list. */
export type Area = {
  href: "/learn" | "/quiz" | "/flashcards" | "/interview" | "/capture" | "/classes" | "/live";
  title: KeyIn<"layout">;
  summary: KeyIn<"layout">;
};

export const AREAS: readonly Area[] = [
  { href: "/learn", title: "areaLearn", summary: "areaLearnSummary" },
  { href: "/quiz", title: "areaQuiz", summary: "areaQuizSummary" },
  { href: "/flashcards", title: "areaFlashcards", summary: "areaFlashcardsSummary" },
  { href: "/interview", title: "areaInterview", summary: "areaInterviewSummary" },
  { href: "/capture", title: "areaCapture", summary: "areaCaptureSummary" },
  { href: "/classes", title: "areaClasses", summary: "areaClassesSummary" },
  { href: "/live", title: "areaLive", summary: "areaLiveSummary" },
];
