// Who is playing: nicknames a class can read on the projector, and finding a player again after a refresh.
import type { Text } from "@/lib/tcp";
import type { Player, Session } from "./types";

export const NICKNAME_MAX = 24;

/** A nickname as it is kept and shown: trimmed, runs of spaces made one. */
export function cleanNickname(raw: string): string {
  return raw.normalize("NFC").trim().replace(/\s+/gu, " ");
}

/**
 * The form two nicknames are compared in: "Ana", "ANA" and "ａｎａ" are the same name on a projector. The database
 * keeps it beside each nickname, unique per session, so two servers cannot both let the same name in.
 */
export function foldedNickname(name: string): string {
  return name.normalize("NFKC").toLocaleLowerCase("en");
}

/** Why a nickname cannot be used in this session, or null when it can. Length counts characters, not bytes. */
export function nicknameProblem(session: Session, raw: string): Text | null {
  const name = cleanNickname(raw);
  const length = [...name].length;
  if (length === 0) return { en: "Type a nickname to join.", zh: "请输入昵称后加入。" };
  if (length > NICKNAME_MAX)
    return {
      en: `A nickname is at most ${NICKNAME_MAX} characters; this one has ${length}.`,
      zh: `昵称最多 ${NICKNAME_MAX} 个字符，这个有 ${length} 个。`,
    };
  if (/\p{Cc}|\p{Cf}/u.test(name))
    return {
      en: "A nickname cannot contain control or invisible characters.",
      zh: "昵称不能包含控制字符或不可见字符。",
    };
  if (session.players.some((p) => foldedNickname(p.nickname) === foldedNickname(name)))
    return {
      en: `Someone in this session is already called "${name}" (capitals do not count). Pick another nickname.`,
      zh: `本场已有人叫“${name}”（不区分大小写）。请换一个昵称。`,
    };
  return null;
}

export function playerById(session: Session, id: string): Player | null {
  return session.players.find((p) => p.id === id) ?? null;
}

/** The player a browser's rejoin key, or a signed-in user, belongs to. */
export function findPlayer(session: Session, who: { rejoinKey: string } | { userId: string }): Player | null {
  if ("rejoinKey" in who) return session.players.find((p) => p.rejoinKey === who.rejoinKey) ?? null;
  return session.players.find((p) => p.userId === who.userId) ?? null;
}
