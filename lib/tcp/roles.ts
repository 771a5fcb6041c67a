// The two ends of a connection and what they are called, written once for the narration, the questions and the
// interview answers alike.
import type { Text } from "./states";

export const ROLES = ["client", "server"] as const;
export type Role = (typeof ROLES)[number];

/** A role as it is named inside a sentence: "the client", 客户端. */
export const ROLE_TEXT: Record<Role, Text> = {
  client: { en: "the client", zh: "客户端" },
  server: { en: "the server", zh: "服务器" },
};

/** A role as it is named to open a sentence: "The client". Chinese has no capitals, so it is the same. */
export const ROLE_TEXT_OPENING: Record<Role, Text> = {
  client: opening(ROLE_TEXT.client),
  server: opening(ROLE_TEXT.server),
};

function opening(text: Text): Text {
  return { en: text.en.charAt(0).toUpperCase() + text.en.slice(1), zh: text.zh };
}
