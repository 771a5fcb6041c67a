import type { Catalogue } from "../en";
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

/** 简体中文目录：键与英文目录一一对应（类型检查和 catalogue.test.ts 都会核对）。 */
export const zhCN: Catalogue = {
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
