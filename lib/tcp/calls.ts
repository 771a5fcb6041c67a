// RFC 9293 §3.10.1-§3.10.5: what a user call does in a state that has no transition for it.
import type { Call } from "./events";
import type { State, Text } from "./states";

const DOES_NOT_EXIST: Text = {
  en: "error: connection does not exist. There is no connection in CLOSED to send on, close or abort.",
  zh: "错误：连接不存在。处于 CLOSED 时没有可以发送、关闭或中止的连接。",
};
const ALREADY_EXISTS: Text = {
  en: "error: connection already exists. OPEN is only possible from CLOSED (and, made active, from LISTEN).",
  zh: "错误：连接已存在。只有在 CLOSED 状态下才能打开连接（主动打开也可以从 LISTEN 发起）。",
};
const CLOSING: Text = {
  en: "error: connection closing. This side has already sent its FIN, so it can neither send nor close again.",
  zh: "错误：连接正在关闭。这一方已经发送了 FIN，不能再发送数据，也不能再次关闭。",
};
const QUEUED: Text = {
  en: "The data is queued and sent once the connection is ESTABLISHED; the state does not change.",
  zh: "数据被放入队列，等连接进入 ESTABLISHED 后再发送；状态不变。",
};

/** Why `call` in `state` changes no state (RFC 9293's error or queueing rule), or null if it has a transition. */
export function callRefusal(state: State, call: Call): Text | null {
  if (call === "passive OPEN") return state === "CLOSED" ? null : ALREADY_EXISTS;
  // §3.10.1: an active OPEN on a listening connection changes it from passive to active.
  if (call === "active OPEN") return state === "CLOSED" || state === "LISTEN" ? null : ALREADY_EXISTS;
  if (state === "CLOSED") return DOES_NOT_EXIST;
  if (call === "SEND") {
    if (state === "SYN-SENT" || state === "SYN-RECEIVED") return QUEUED;
    if (state === "LISTEN" || state === "ESTABLISHED" || state === "CLOSE-WAIT") return null;
    return CLOSING;
  }
  if (call === "CLOSE") {
    return ["FIN-WAIT-1", "FIN-WAIT-2", "CLOSING", "LAST-ACK", "TIME-WAIT"].includes(state) ? CLOSING : null;
  }
  return null;
}
