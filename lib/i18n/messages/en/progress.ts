/** The learner's profile (/me): who they are, what they miss, the progress dashboard and the exports. */
export const progress = {
  title: "Your profile",
  lead: "Your practice is saved as you go, under this profile.",
  noCookieLead: "This browser is not sending SynAck's cookie, so there is no profile to show.",
  noCookieBody:
    "SynAck saves your progress under a guest profile tied to a cookie. Allow cookies for this site and reload the page: a profile is created on your next visit, with no sign-up.",
  historyNoProfile: "No profile: this browser is not sending SynAck's cookie. Allow cookies and reload.",

  profile: "Profile",
  created: "Created",
  quizAnswers: "Quiz answers",
  cardsSeen: "Flashcards seen",
  noneYet: "None yet",
  answerCount: "{total} ({correct} right)",
  keptBackCount:
    "{n, plural, one {# more answer} other {# more answers}} in assignments whose results your teacher has not shown yet",
  cardsSeenCount: "{cards} ({reviews, plural, one {# review} other {# reviews}})",

  weakHeading: "What you miss most",
  weakEmpty: "Nothing yet: transitions and steps you answer wrongly show up here, so you know what to look at again.",
  takeQuiz: "Take a quiz",
  wrongOf: "{wrong} wrong of {total}",
  yourQuizzes: "Your quizzes",
  guestNote:
    "This is a guest profile: it lives in a cookie on this browser, so clearing cookies or switching browsers starts a new one. <link>Create an account</link> to keep it across devices: everything saved here moves into it.",

  masteryHeading: "What you know, arc by arc",
  calendarHeading: "Reviews per day",
  forecastHeading: "Due in the next {days} days",
  retentionHeading: "Retention",
  scoresHeading: "Quiz scores",
  exportHeading: "Export",

  heatmapLabel: "{total} reviews over the last {days} days, on {active} of them.",
  heatmapDay: "{day}: {n, plural, one {# review} other {# reviews}}",
  heatmapCaption:
    "{total, plural, one {# review} other {# reviews}} in the last {weeks} weeks, on {active, plural, one {# day} other {# days}}.",

  forecastBar: "{day}: {n, plural, one {# card} other {# cards}} due",
  forecastNone: "No card falls due in the next two weeks: review some new cards to start a schedule.",
  forecastSome: "{n} card reviews fall due in the next two weeks (today includes any overdue).",
  retentionNothing:
    "Nothing to measure yet: retention counts the reviews of cards you have already learned, so it starts when your first graduated cards come back (usually a few days after you learn them).",
  retentionWeekEmpty: "Week of {week}: no reviews of learned cards",
  retentionWeek: "Week of {week}: {recalled} of {reviewed} learned cards recalled",
  retentionCaption:
    "Of the reviews of cards you had already learned, the share you recalled (anything but Again), week by week. FSRS aims at 90%.",
  noQuiz: "No finished quiz yet. <link>Take one</link> and its score appears here.",
  quizBar: "Quiz {n} ({day}): {correct} of {total} right",
  quizCaption: "Your last {n, plural, one {# finished quiz} other {# finished quizzes}}, oldest first.",

  ankiDeck: "Deck for Anki (.txt)",
  historyCsv: "Your history (.csv)",
  exportNote:
    "In Anki: File → Import, pick the file; notes keep their ids, so importing a newer deck updates them. The CSV has every quiz answer and flashcard rating with its time.",

  levelUnknown: "not practised yet",
  levelWeak: "weak (under 50%)",
  levelShaky: "shaky (50-80%)",
  levelStrong: "strong (80% or more)",
  levelShortWeak: "weak",
  levelShortShaky: "shaky",
  levelShortStrong: "strong",
  diagramLabel:
    "State diagram coloured by mastery: {strong} arcs strong, {shaky} shaky, {weak} weak, {unknown} not practised. Each arc is a link to practise it; the list beside says the same.",
  arcText: "{from} → {to} on {event}: {parts}",
  arcNotPractised: "not practised yet",
  arcQuiz: "quiz {right}/{total} right",
  arcRecall: "card recall {percent}%",
  arcPartsSeparator: ", ",
  practiseArc: "Practise {arc}",
  listHeading: "Every arc, weakest first",
  listNotPractised: "not practised",
  listScore: "{percent}% · {level}",
  masteryNote:
    "Mastery averages your quiz answers about an arc and FSRS's estimate that you recall its card today. Press an arc to practise its card.",
};
