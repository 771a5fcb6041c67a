import { account } from "./account";
import { capture } from "./capture";
import { classes } from "./classes";
import { common } from "./common";
import { flashcards } from "./flashcards";
import { home } from "./home";
import { interview } from "./interview";
import { layout } from "./layout";
import { learn } from "./learn";
import { live } from "./live";
import { progress } from "./progress";
import { quiz } from "./quiz";

/**
 * The English catalogue: one namespace per area of the app. It defines the keys; the Chinese catalogue is typed
 * by it, so a key missing in either language fails the type check, and `catalogue.test.ts` checks it again
 * (with each message's arguments and tags) under `npm test`.
 */
export const en = {
  common,
  layout,
  home,
  learn,
  quiz,
  flashcards,
  progress,
  interview,
  capture,
  classes,
  live,
  account,
};

export type Catalogue = typeof en;
