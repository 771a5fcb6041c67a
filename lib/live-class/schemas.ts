// What the live class's endpoints and form accept, checked with zod at the edge.
import { z } from "zod";
import { TIMER_MAX_S, TIMER_MIN_S } from "@/lib/live";
import { FOCUSES, LEVEL_CHOICES } from "@/lib/quiz/focus";
import { SCENARIOS } from "@/lib/tcp";

const round = z.number().int().min(0).max(1000);

/** A command to a session's POST endpoint: the host's, or a player's answer. */
export const liveCommandBody = z.discriminatedUnion("type", [
  z.object({ type: z.enum(["start", "close", "reveal", "next", "skip", "end"]) }).strict(),
  z.object({ type: z.literal("leaderboard"), shown: z.boolean() }).strict(),
  z.object({ type: z.literal("answer"), round, choice: z.number().int().min(0).max(20) }).strict(),
]);
export type LiveCommandBody = z.infer<typeof liveCommandBody>;

/** Joining by code: the nickname is checked by lib/live (length, characters, taken), in both languages. */
export const liveJoinBody = z.object({ code: z.string().max(20), nickname: z.string().max(200) }).strict();

/** The topics a live class's questions can be about: the quiz's but seq-ack, a set of question types, not a topic questionRounds picks by. */
export const LIVE_TOPICS = FOCUSES.filter((f) => f !== "seq-ack") as [
  "everything",
  ...Exclude<(typeof FOCUSES)[number], "seq-ack" | "everything">[],
];

export const SCENARIO_IDS = SCENARIOS.map((s) => s.id) as [string, ...string[]];

/** The host's form. A session asks ordinary questions, predict rounds, or both. */
export const hostForm = z
  .object({
    questions: z.coerce.number().int().min(0).max(20),
    topic: z.enum(LIVE_TOPICS),
    level: z.enum(LEVEL_CHOICES),
    scenario: z.enum(["none", ...SCENARIO_IDS]),
    timer: z.union([z.literal("none"), z.coerce.number().int().min(TIMER_MIN_S).max(TIMER_MAX_S)]),
    leaderboard: z.enum(["on", "off"]),
    speedBonus: z.enum(["on", "off"]),
    streakBonus: z.enum(["on", "off"]),
  })
  .refine((f) => f.questions > 0 || f.scenario !== "none", { message: "live.hostNeedsRounds", path: ["questions"] })
  .refine((f) => f.speedBonus === "off" || f.timer !== "none", {
    message: "live.hostSpeedNeedsTimer",
    path: ["speedBonus"],
  });
export type HostForm = z.infer<typeof hostForm>;
