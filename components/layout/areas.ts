/**
 * The app's areas, in navigation order. `ready` says honestly whether the area works today; the home
 * page and the navigation both read it, so a status is changed in one place when an area lands.
 */
export type Area = {
  href: "/learn" | "/quiz" | "/flashcards" | "/interview" | "/classes";
  title: string;
  summary: string;
  ready: boolean;
};

export const AREAS: readonly Area[] = [
  {
    href: "/learn",
    title: "Learn",
    summary:
      "Every handshake and teardown scenario animated: segments in flight, seq/ack numbers, both sides' states on the state diagram, and a sandbox.",
    ready: true,
  },
  {
    href: "/quiz",
    title: "Quiz",
    summary: "Questions generated from the state machine, checked and explained, at three levels.",
    ready: true,
  },
  {
    href: "/flashcards",
    title: "Flashcards",
    summary: "Spaced repetition (FSRS) on every transition, state and name, scheduled to what you forget.",
    ready: true,
  },
  {
    href: "/interview",
    title: "Interview prep",
    summary:
      "The 40 classic questions — why three segments, why TIME-WAIT lasts 2MSL — with model answers and a cheat sheet.",
    ready: true,
  },
  {
    href: "/classes",
    title: "Classes",
    summary:
      "Teachers make classes with join codes and set quizzes; students take them; results per student and question.",
    ready: true,
  },
];
