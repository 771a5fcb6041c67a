// What a quiz can be about and how long it can be: the words forms show, kept apart from the generator so a form in
// the browser does not download the TCP engine with them.
import type { KeyIn } from "@/lib/i18n/translate";
import { LEVELS, SUBJECTS } from "@/lib/tcp/curriculum";

/** What a quiz can be about: one subject, or all of them. */
export const FOCUSES = ["everything", ...SUBJECTS] as const;
export type Focus = (typeof FOCUSES)[number];

/** The levels a quiz can be set to: one, or "any" for a quiz that mixes them. */
export const LEVEL_CHOICES = ["any", ...LEVELS] as const;
export type LevelChoice = (typeof LEVEL_CHOICES)[number];

/** Each focus's name and one-line summary: message keys in the `common` namespace (lib/i18n). */
export const FOCUS_TEXT: Record<Focus, { title: KeyIn<"common">; summary: KeyIn<"common"> }> = {
  everything: { title: "focusEverything", summary: "focusEverythingSummary" },
  handshake: { title: "focusHandshake", summary: "focusHandshakeSummary" },
  teardown: { title: "focusTeardown", summary: "focusTeardownSummary" },
  "edge-cases": { title: "focusEdgeCases", summary: "focusEdgeCasesSummary" },
  naming: { title: "focusNaming", summary: "focusNamingSummary" },
  "seq-ack": { title: "focusSeqAck", summary: "focusSeqAckSummary" },
};

/** Each level's name, a `common` message key ("any" is a quiz that mixes them). */
export const LEVEL_TEXT: Record<LevelChoice, KeyIn<"common">> = {
  any: "levelAny",
  basics: "levelBasics",
  intermediate: "levelIntermediate",
  advanced: "levelAdvanced",
};

export const MIN_LENGTH = 5;
export const MAX_LENGTH = 50;
