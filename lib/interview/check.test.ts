import { describe, expect, it } from "vitest";
import { BANK } from "./bank";
import { checkAnswer } from "./check";

const verdicts = (text: string, scenario: string | null) =>
  checkAnswer(text, scenario).marks.map((m) => `${text.slice(m.start, m.end)}:${m.verdict}`);

describe("a typed interview answer read against the model", () => {
  it("the handshake told right, in the names tools print, is right throughout", () => {
    const text =
      "The server is in LISTEN. The client sends SYN and enters SYN-SENT; the server answers SYN-ACK and goes to SYN_RECV; the client sends ACK and both are ESTABLISHED.";
    expect(verdicts(text, "handshake")).toEqual([
      "LISTEN:ok",
      "SYN:ok",
      "SYN-SENT:ok",
      "SYN-ACK:ok",
      "SYN_RECV:ok",
      "ACK:ok",
      "ESTABLISHED:ok",
    ]);
    expect(checkAnswer(text, "handshake").problems).toBe(0);
    // A name written otherwise says which state it is.
    const recv = checkAnswer(text, "handshake").marks.find((m) => text.slice(m.start, m.end) === "SYN_RECV");
    expect(recv?.canonical).toBe("SYN-RECEIVED");
  });

  it("a state that does not exist is named as such, with the eleven that do", () => {
    const check = checkAnswer("After the FIN the client goes to FIN-WAIT-3.", "teardown");
    const bad = check.marks.find((m) => m.verdict === "unknown");
    expect(bad?.note.en).toContain('no state "FIN-WAIT-3"');
    expect(bad?.note.zh).toContain("FIN-WAIT-3");
    expect(check.problems).toBe(1);
  });

  it("states out of the model's order are marked, and the ones in order are not", () => {
    expect(verdicts("The client goes to TIME-WAIT and then FIN-WAIT-2.", "teardown")).toEqual([
      "TIME-WAIT:ok",
      "FIN-WAIT-2:order",
    ]);
    expect(verdicts("The server sends its FIN before the client's FIN.", "teardown")).toEqual(["FIN:ok", "FIN:ok"]);
    // Segments listed are read in order; one named in passing ("before the SYN") may point back.
    expect(verdicts("On the wire: SYN, ACK, SYN-ACK.", "handshake")).toEqual(["SYN:ok", "ACK:ok", "SYN-ACK:order"]);
    expect(verdicts("C→S SYN, S→C SYN,ACK (lost), C→S SYN (resent).", "handshake-lost-synack")).toEqual([
      "SYN:ok",
      "SYN,ACK:ok",
      "SYN:ok",
    ]);
    expect(verdicts("The client sends ACK after it gets the SYN.", "handshake")).toEqual(["ACK:ok", "SYN:ok"]);
  });

  it("a state the scenario never reaches, and a segment it never sends, are told apart from a wrong order", () => {
    expect(verdicts("The client waits in CLOSING, then a RST ends it.", "teardown")).toEqual([
      "CLOSING:absent",
      "RST:absent",
    ]);
  });

  it("words of any sentence are not read as states: close, listen, closed, the CLOSE call", () => {
    expect(
      verdicts("The app calls close() and the socket is closed; listen() comes first. CLOSE is the call.", null),
    ).toEqual([]);
  });

  it("Chinese answers: textbook names are read, common verbs are not", () => {
    expect(
      verdicts("客户端发送 SYN 后进入同步已发送状态，服务器关闭监听以外的连接，最后双方进入已建立连接。", "handshake"),
    ).toEqual(["SYN:ok", "同步已发送:ok", "已建立连接:ok"]);
  });

  it("without a scenario only the state names are checked", () => {
    expect(verdicts("The SYN,ACK comes back.", null)).toEqual([]);
    expect(verdicts("TIME-WAIT lasts 2MSL; TIME_WAITING does not exist.", null)).toEqual([
      "TIME-WAIT:ok",
      "TIME_WAITING:unknown",
    ]);
  });

  it("every model answer that tells a sequence passes its own check, in both languages", () => {
    const told = BANK.filter((q) => q.sequence);
    expect(told.length).toBeGreaterThanOrEqual(8);
    for (const q of told) {
      for (const lang of ["en", "zh"] as const) {
        const check = checkAnswer(q.answer[lang], q.sequence ?? null);
        const problems = check.marks.filter((m) => m.verdict !== "ok").map((m) => q.answer[lang].slice(m.start, m.end));
        expect(problems, `${q.id} (${lang})`).toEqual([]);
        expect(check.ok, q.id).toBeGreaterThan(2);
      }
    }
  });
});
