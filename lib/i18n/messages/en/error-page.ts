/**
 * The words of the page-wide error fallback (app/global-error.tsx), spread into `common`. A module of their own:
 * that component ships with every page and cannot use the layout's messages, so it imports these directly, and
 * importing them from common.ts would ship the whole `common` namespace in both languages to every page.
 */
export const errorPage = {
  tryAgain: "Try again",
  globalErrorTitle: "SynAck cannot load right now",
  globalErrorLead:
    "The server could not read its database. Nothing you saved is lost. Try again in a moment; if you run this server, its log says what failed.",
  homePage: "Home page",
};
