import { describe, expect, it } from "vitest";
import { isEnglish } from "../../e2e/support/english-in-chinese";
import { BANK } from "./bank";
import { FAILURES } from "./failures";
import { LINUX_LIMITS } from "./linux-limits";
import { resends, statesOf, traceOf } from "./story";

const question = (id: string) => {
  const q = BANK.find((x) => x.id === id);
  if (!q) throw new Error(`No question ${id}.`);
  return q;
};

describe("the questions on lost segments, failed peers and Linux's limits", () => {
  it("are all in the bank, once", () => {
    for (const q of [...FAILURES, ...LINUX_LIMITS]) expect(BANK.filter((x) => x.id === q.id)).toHaveLength(1);
  });

  it("a lost SYN,ACK: the answer names both retransmissions, in the order the model plays them", () => {
    const trace = traceOf("handshake-lost-synack");
    expect(resends(trace).map((s) => `${s.actor} ${s.segment?.flags}`)).toEqual(["client SYN", "server SYN,ACK"]);
    const { answer } = question("handshake-synack-lost");
    const client = answer.en.indexOf("the client resends SYN");
    const server = answer.en.indexOf("the server resends SYN,ACK");
    expect(client).toBeGreaterThan(-1);
    expect(server).toBeGreaterThan(client);
    expect(answer.zh.indexOf("客户端重传 SYN")).toBeLessThan(answer.zh.indexOf("服务器重传 SYN,ACK"));
    expect(answer.en).toContain("S→C SYN,ACK (lost), C→S SYN (resent)");
    expect(answer.zh).toContain("S→C SYN,ACK（丢失），C→S SYN（重传）");
  });

  it("a lost SYN,ACK: the deeper part says where Linux answers a resent SYN otherwise than RFC 9293", () => {
    expect(question("handshake-synack-lost").deeper.en).toContain("Linux answers a retransmitted SYN");
  });

  it("self-connect: one socket passes through the simultaneous open's states, and never listens", () => {
    const open = traceOf("simultaneous-open");
    const states = statesOf(open, "client");
    expect(statesOf(open, "server")).toEqual(states);
    const { answer } = question("self-connect");
    expect(answer.en).toContain(states.join(" → "));
    expect(answer.zh).toContain(states.join(" → "));
    expect(answer.en).not.toContain("LISTEN");
  });

  it("a teardown segment lost: each case says where both sides wait, and only a FIN is ever resent", () => {
    const { answer } = question("teardown-segment-lost");
    for (const id of ["teardown-lost-fin", "teardown-lost-fin-ack", "teardown-lost-second-fin", "teardown-lost-ack"]) {
      const trace = traceOf(id);
      const lost = trace.steps.find((s) => s.lost);
      expect(answer.en).toContain(
        `the client waits in ${lost?.states.client} and the server in ${lost?.states.server}`,
      );
      for (const s of resends(trace)) expect(s.segment?.flags).toContain("FIN");
    }
  });

  it("TIME-WAIT meeting a RST or a SYN: the states are the transition table's", () => {
    expect(question("time-wait-rcv-rst").answer.en).toContain("TIME-WAIT → CLOSED");
    const syn = question("time-wait-rcv-syn").answer.en;
    expect(syn).toContain("stays in TIME-WAIT and answers with an ACK");
    expect(syn).toContain("from TIME-WAIT to SYN-RECEIVED with a SYN,ACK");
  });

  it("which side collects TIME-WAIT: the active closer's states end in it, the passive closer's never reach it", () => {
    const { answer } = question("keepalive-vs-http");
    expect(answer.en).toContain("ESTABLISHED → FIN-WAIT-1 → FIN-WAIT-2 → TIME-WAIT → CLOSED");
    expect(answer.en).toContain("ESTABLISHED → CLOSE-WAIT → LAST-ACK → CLOSED, with no TIME-WAIT");
  });

  it("speak Chinese in Chinese: no English clause left, by the rule the Chinese journeys apply", () => {
    for (const q of [...FAILURES, ...LINUX_LIMITS]) {
      for (const t of [q.question.zh, q.answer.zh, q.deeper.zh]) expect(isEnglish(t), `${q.id}: ${t}`).toBe(false);
    }
    expect(question("teardown-segment-lost").question.zh).toContain("四次挥手");
    expect(question("handshake-synack-lost").question.zh).toContain("三次握手");
  });
});
