export const layout = {
  skipToContent: "Skip to content",
  mainNav: "Main",
  menu: "Menu",
  signIn: "Sign in",
  signOut: "Sign out",
  signingOut: "Signing out…",
  signOutFailed: "Sign out (failed, retry)",
  signOutFailedTitle: "Signing out failed: check your connection and try again.",
  cookiesOff: "Cookies are off: progress is not saved",
  guestLabel: "Guest {tag}",
  language: "Language",
  switchTo: "Switch the interface to {name}",
  footerRfc: "States, events and sequence numbers follow <rfc>RFC 9293</rfc>, the TCP specification.",
  footerTagline: "SynAck — learn TCP connection states.",
  metaTitle: "SynAck — learn TCP's handshake, teardown and states",
  metaDescription:
    "Learn the TCP connection state machine from RFC 9293: the three-way handshake, the four-way teardown and all eleven states, with quizzes, flashcards and animations.",
  areaLearn: "Learn",
  areaLearnSummary:
    "Every handshake and teardown scenario animated: segments in flight, seq/ack numbers, both sides' states on the state diagram, and a sandbox.",
  areaQuiz: "Quiz",
  areaQuizSummary: "Questions generated from the state machine, checked and explained, at three levels.",
  areaFlashcards: "Flashcards",
  areaFlashcardsSummary: "Spaced repetition (FSRS) on every transition, state and name, scheduled to what you forget.",
  areaInterview: "Interview prep",
  areaInterviewSummary:
    "The 40 classic questions — why three segments, why TIME-WAIT lasts 2MSL — with model answers and a cheat sheet.",
  areaCapture: "Capture",
  areaCaptureSummary:
    "Drop a tcpdump or Wireshark file: every TCP connection in it replayed, with both sides' RFC 9293 states after every segment.",
  areaClasses: "Classes",
  areaClassesSummary:
    "Teachers make classes with join codes and set quizzes; students take them; results per student and question.",
  areaLive: "Live class",
  areaLiveSummary:
    "The teacher runs questions on the projector, the class answers on phones, and predicted states land on Figure 5.",
  notFoundTitle: "No such page",
  notFoundLead: "The link may be mistyped, or the page may have moved.",
  goHome: "Go to the home page",
  errorTitle: "Something went wrong on our side",
  errorLead: "Nothing you did caused this, and nothing you saved is lost. Try again in a moment.",
  tryAgain: "Try again",
};
