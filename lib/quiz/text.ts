// Question wording in both languages. Templates, never translation at run time.
import { type Event, eventTextIn, isEvent, type Role, SOCKET_CALL, type State, type Text } from "@/lib/tcp";
import type { Lang } from "./types";

export const t = (text: Text, lang: Lang) => text[lang];

const CALL_EVENTS = new Set<string>(["passive OPEN", "active OPEN", "SEND", "CLOSE", "ABORT"]);

/** "the application calls close() (CLOSE)", "it receives a FIN", "its 2MSL timer expires", as it is in `state`. */
export function eventPhrase(state: State, event: Event, lang: Lang): string {
  if (CALL_EVENTS.has(event) && isEvent(event)) {
    if (lang === "zh" && event === "ABORT") return "应用在设置 SO_LINGER 为 0 后调用 close()（ABORT）";
    const call = SOCKET_CALL[event as keyof typeof SOCKET_CALL];
    return lang === "en" ? `the application calls ${call} (${event})` : `应用调用 ${call}（${event}）`;
  }
  const text = eventTextIn(state, event)[lang];
  if (lang === "zh") return `它${text}`;
  // "its 2MSL timer expires" already names whose.
  return text.startsWith("its ") ? text : `it ${text}`;
}

export function openedHint(opened: "passive" | "active" | undefined, lang: Lang): string {
  if (!opened) return "";
  if (opened === "passive")
    return lang === "en" ? " (it got there from LISTEN, by a passive open)" : "（它是从 LISTEN 经被动打开进入的）";
  return lang === "en"
    ? " (it got there from SYN-SENT, by a simultaneous open)"
    : "（它是从 SYN-SENT 经同时打开进入的）";
}

export const ROLE_TEXT: Record<Role, Text> = {
  client: { en: "the client", zh: "客户端" },
  server: { en: "the server", zh: "服务器" },
};

export const NOTHING: Text = { en: "nothing", zh: "不发送" };

export function rfcRef(source: string, lang: Lang): string {
  return lang === "en" ? `RFC 9293 ${source}.` : `参见 RFC 9293 ${source}。`;
}
