export const home = {
  title: "TCP's handshake and teardown, state by state.",
  intro:
    "SynAck teaches the TCP connection state machine as RFC 9293 defines it: the three-way handshake, the four-way teardown and all eleven states, with the names Linux, <code>ss</code> and <code>netstat</code> print. Every question, card and animation is generated from one model of the protocol, so none of them can disagree.",
  audience:
    "For students testing themselves, teachers assigning quizzes to a class, and anyone preparing for the interview question “describe the handshake, the teardown and each side's states”.",
  quickTen: "Quick 10 questions",
  chooseQuiz: "Choose a quiz",
  whatsHere: "What's here",
  savedAccount: "Your progress is saved as you go in your account, {name} — <link>see your profile</link>.",
  savedGuest: "Your progress is saved as you go under a guest profile in this browser — <link>see your profile</link>.",

  // The handshake playing by itself
  loopTitle: "The three-way handshake, playing",
  loopStates: "Client {client} · server {server}",
  loopPause: "Pause",
  loopPlay: "Play",
  loopStepByStep: "Step by step →",

  // A returning learner's day
  todayHeading: "Your day",
  todayDue: "{n, plural, =0 {No cards due right now.} one {# card due now.} other {# cards due now.}}",
  todayFresh: "{n, plural, =0 {} one {# new card left for today.} other {# new cards left for today.}}",
  todayReviewed: "{n, plural, =0 {Nothing reviewed yet today.} one {# review today.} other {# reviews today.}}",
  reviewNow: "Review now",
  learnNew: "Learn new cards",
  continueQuiz: "Continue your quiz ({n, plural, one {# answered} other {# answered}})",
};
