// The conditions RFC 9293 §3.10.7 tells arriving segments apart by, where one event in one state has more than one
// outcome: a RST is exactly at RCV.NXT or only inside the window, an ACK acknowledges the SYN or nothing sent...
// A transition that holds only under one of them names it (Transition.when), and so does every question about it.
import type { Text } from "./states";

export const CASES = [
  "acks-syn",
  "no-syn-ack",
  "bad-ack",
  "exact",
  "in-window",
  "out-of-window",
  "duplicate",
  "new-syn",
  "new-data",
  "dup-ack",
  "acks-unsent",
  "in-order",
] as const;
export type Case = (typeof CASES)[number];

export type CaseInfo = {
  /** How a question says it, after the event: "receives a RST" + " whose sequence number is exactly RCV.NXT". */
  phrase: Text;
  /** The condition in RFC 9293's notation, for the model's JSON and the explanations. */
  test: string;
};

export const CASE_INFO: Record<Case, CaseInfo> = {
  "acks-syn": {
    phrase: { en: " that acknowledges its SYN", zh: "，且它确认了自己的 SYN" },
    test: "SND.UNA < SEG.ACK =< SND.NXT",
  },
  "no-syn-ack": {
    phrase: { en: " that does not acknowledge its SYN", zh: "，但它没有确认自己的 SYN" },
    test: "no ACK bit, or SEG.ACK =< ISS or SEG.ACK > SND.NXT",
  },
  "bad-ack": {
    phrase: { en: " whose ACK acknowledges something it never sent", zh: "，但它的确认号确认的是自己从未发送过的内容" },
    test: "SEG.ACK outside SND.UNA < SEG.ACK =< SND.NXT",
  },
  exact: {
    phrase: { en: " whose sequence number is exactly RCV.NXT", zh: "，其序号恰好等于 RCV.NXT" },
    test: "SEG.SEQ = RCV.NXT",
  },
  "in-window": {
    phrase: {
      en: " whose sequence number is inside the receive window but is not RCV.NXT",
      zh: "，其序号在接收窗口之内但不等于 RCV.NXT",
    },
    test: "RCV.NXT < SEG.SEQ < RCV.NXT+RCV.WND",
  },
  "out-of-window": {
    phrase: { en: " whose sequence number is outside the receive window", zh: "，其序号在接收窗口之外" },
    test: "SEG.SEQ outside RCV.NXT =< SEG.SEQ < RCV.NXT+RCV.WND",
  },
  duplicate: {
    phrase: {
      en: " that repeats one it has already received (a retransmission)",
      zh: "，而这个报文段是对方重传的、自己已经收到过的报文段",
    },
    test: "SEG.SEQ+SEG.LEN =< RCV.NXT",
  },
  "new-syn": {
    phrase: {
      en: " that opens a new connection (its sequence number is above RCV.NXT)",
      zh: "，它要建立新连接（序号大于 RCV.NXT）",
    },
    test: "SEG.SEQ > RCV.NXT",
  },
  "new-data": {
    phrase: { en: " that acknowledges data it sent", zh: "，它确认了自己发送的数据" },
    test: "SND.UNA < SEG.ACK =< SND.NXT",
  },
  "dup-ack": {
    phrase: {
      en: " that acknowledges nothing new (a duplicate ACK)",
      zh: "，它没有确认任何新内容（重复的 ACK）",
    },
    test: "SEG.ACK =< SND.UNA",
  },
  "acks-unsent": {
    phrase: {
      en: " that acknowledges data it has not sent yet",
      zh: "，它确认了自己还没有发送的数据",
    },
    test: "SEG.ACK > SND.NXT",
  },
  "in-order": {
    phrase: { en: " starting at RCV.NXT, the next byte it expects", zh: "，从 RCV.NXT（它期待的下一个字节）开始" },
    test: "SEG.SEQ = RCV.NXT",
  },
};
