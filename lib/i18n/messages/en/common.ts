import { errorPage } from "./error-page";

/** Words and sentences several areas share. */
export const common = {
  ...errorPage,
  noCookieReviews:
    "SynAck keeps your cards and their schedule under a guest profile in a cookie, and this browser is not sending it. Allow cookies for this site and reload the page.",
  noCookieQuizzes:
    "SynAck keeps your quizzes under a guest profile in a cookie, and this browser is not sending it. Allow cookies for this site and reload the page.",
  focusEverything: "Everything",
  focusEverythingSummary: "Every kind of question, from every scenario.",
  focusHandshake: "Handshake",
  focusHandshakeSummary: "Opening: LISTEN, SYN-SENT, SYN-RECEIVED, ESTABLISHED.",
  focusTeardown: "Teardown",
  focusTeardownSummary: "Closing: FIN-WAIT-1/2, CLOSE-WAIT, LAST-ACK, CLOSING, TIME-WAIT.",
  focusEdgeCases: "Edge cases",
  focusEdgeCasesSummary: "RST, ABORT, refused connections (advanced level only).",
  focusNaming: "Naming",
  focusNamingSummary: "What ss, netstat and Linux print, and the misspellings to unlearn.",
  focusSeqAck: "Seq/ack arithmetic",
  focusSeqAckSummary: "Sequence and acknowledgment numbers from random ISNs.",
  levelAny: "Any level",
  levelBasics: "Basics",
  levelIntermediate: "Intermediate",
  levelAdvanced: "Advanced",
  langEn: "English",
  langZh: "Chinese (中文)",
  basisName: "The name {name}",
  basisStep: "{scenario}, step {step}",
  badAddress:
    "This address has a broken %-escape (a % must be followed by two hexadecimal digits), so it leads nowhere. Check the link, or start from the home page: /",
  actionCrossSite:
    "This form was sent from another site's page, so SynAck did not act on it. Open SynAck itself and try again there.",
  actionTooLarge:
    "What this form sent is larger than any SynAck form sends (over {mb} MB), so it was not read. Nothing was changed.",
  actionNotDecodable:
    "What this form sent could not be read as a SynAck form, so nothing was changed. Reload the page and try again.",
  actionTooManyArguments:
    "This form sent more values than any SynAck form takes, so nothing was changed. Reload the page and try again.",
};
