// Question wording in both languages. Templates, never translation at run time.
import {
  conditionPhrase,
  type Event,
  eventTextIn,
  isCall,
  SOCKET_CALL,
  type State,
  type Text,
  type Transition,
} from "@/lib/tcp";
import type { Lang } from "./types";

export const t = (text: Text, lang: Lang) => text[lang];

/** The socket call behind a user call, in Chinese too (ABORT is a call with an option, which Chinese words apart). */
const SOCKET_CALL_ZH: Partial<Record<Event, string>> = { ABORT: "把 SO_LINGER 设为 0 后调用 close()" };

/** "the application calls close() (CLOSE)", "it receives a FIN", "its 2MSL timer expires", as it is in `state`. */
export function eventPhrase(state: State, event: Event, lang: Lang): string {
  if (isCall(event)) {
    if (lang === "zh") return `应用${SOCKET_CALL_ZH[event] ?? `调用 ${SOCKET_CALL[event]}`}（${event}）`;
    return `the application calls ${SOCKET_CALL[event]} (${event})`;
  }
  const text = eventTextIn(state, event)[lang];
  // "its 2MSL timer expires" and "它的 2MSL 计时器到期" already name whose.
  if (lang === "zh") return text.startsWith("它") ? text : `它${text}`;
  return text.startsWith("its ") ? text : `it ${text}`;
}

/**
 * What a question about a transition says happens: the event as it is in that state, then the condition it holds
 * under and which reading of RFC 9293 it means (conditionPhrase). A user call only RFC 9293 has (SEND on a
 * listening connection) is named as the RFC call, since no socket call makes it.
 */
export function transitionEventPhrase(tr: Transition, lang: Lang): string {
  const event = tr.rfcCallOnly && isCall(tr.event) ? rfcCall(tr.event, lang) : eventPhrase(tr.from, tr.event, lang);
  return `${event}${conditionPhrase(tr)[lang]}`;
}

/** A user call RFC 9293 has but no sockets call makes. */
export function rfcCall(call: Event, lang: Lang): string {
  return lang === "en"
    ? `the user issues RFC 9293's ${call} call with the remote socket specified (no sockets call does this)`
    : `用户发出 RFC 9293 的 ${call} 调用并指定了远端套接字（没有哪个套接字调用能做到这一点）`;
}

export function openedHint(opened: "passive" | "active" | undefined, lang: Lang): string {
  if (!opened) return "";
  if (opened === "passive")
    return lang === "en" ? " (it got there from LISTEN, by a passive open)" : "（它是从 LISTEN 经被动打开进入的）";
  return lang === "en"
    ? " (it got there from SYN-SENT, by a simultaneous open)"
    : "（它是从 SYN-SENT 经同时打开进入的）";
}

export { ROLE_TEXT } from "@/lib/tcp";

export const NOTHING: Text = { en: "nothing", zh: "不发送" };

export function rfcRef(source: string, lang: Lang): string {
  return lang === "en" ? `RFC 9293 ${source}.` : `参见 RFC 9293 ${source}。`;
}
