import { describe, expect, it } from "vitest";
import { parseStateList, parseStateName, STATE_NAMES, stateFromProcHex } from "./names";
import { STATES } from "./states";

describe("state names", () => {
  it("recognises the RFC name in any case and with any separator", () => {
    for (const spelling of ["SYN-RECEIVED", "syn_received", "Syn Received"]) {
      expect(parseStateName(spelling)).toEqual({ kind: "rfc", state: "SYN-RECEIVED" });
    }
  });

  it.each([
    ["SYN_RECV", "SYN-RECEIVED"],
    ["SYN-RECV", "SYN-RECEIVED"],
    ["syn-rcvd", "SYN-RECEIVED"],
    ["TCP_SYN_RECV", "SYN-RECEIVED"],
    ["ESTAB", "ESTABLISHED"],
    ["UNCONN", "CLOSED"],
    ["LISTENING", "LISTEN"],
    ["TCP_TIME_WAIT", "TIME-WAIT"],
  ])("accepts the tool spelling %s as %s", (spelling, state) => {
    expect(parseStateName(spelling)).toMatchObject({ kind: "alias", state });
  });

  it("treats the netstat spellings FIN_WAIT1 and FIN_WAIT_2 as the RFC names they differ from only in separators", () => {
    expect(parseStateName("FIN_WAIT1")).toEqual({ kind: "rfc", state: "FIN-WAIT-1" });
    expect(parseStateName("FIN_WAIT_2")).toEqual({ kind: "rfc", state: "FIN-WAIT-2" });
  });

  it("says which tools print a spelling", () => {
    const match = parseStateName("SYN_RECV");
    expect(match.kind === "alias" && match.usedBy.join(" ")).toMatch(/ss.*netstat|netstat.*ss/);
  });

  it("flags SYN_SEND as a misspelling of SYN-SENT, with the reason", () => {
    const match = parseStateName("SYN_SEND");
    expect(match).toMatchObject({ kind: "misspelling", state: "SYN-SENT" });
    expect(match.kind === "misspelling" && match.note.en).toContain("SYN-SENT");
    expect(match.kind === "misspelling" && match.note.zh).toContain("SYN-SENT");
  });

  it("asks which FIN-WAIT was meant and rejects names that are no state", () => {
    expect(parseStateName("FIN_WAIT")).toMatchObject({ kind: "ambiguous", states: ["FIN-WAIT-1", "FIN-WAIT-2"] });
    expect(parseStateName("HALF-OPEN")).toEqual({ kind: "unknown" });
    expect(parseStateName("")).toEqual({ kind: "unknown" });
  });

  it("maps every tool's spelling of every state back to that state", () => {
    for (const state of STATES) {
      for (const [tool, spelling] of Object.entries(STATE_NAMES[state])) {
        if (tool === "procHex") continue;
        const match = parseStateName(spelling);
        expect(match.kind === "rfc" || match.kind === "alias" ? match.state : null, `${tool} ${spelling}`).toBe(state);
      }
    }
  });

  it("reads /proc/net/tcp's hex state codes as the kernel defines them", () => {
    expect(stateFromProcHex("01")).toBe("ESTABLISHED");
    expect(stateFromProcHex("0A")).toBe("LISTEN");
    expect(stateFromProcHex("a")).toBe("LISTEN");
    expect(stateFromProcHex("06")).toBe("TIME-WAIT");
    expect(stateFromProcHex("0C")).toBeNull();
  });
});

describe("a written list of state names", () => {
  const states = (text: string) =>
    parseStateList(text).map(({ match }) =>
      match.kind === "rfc" || match.kind === "alias" ? match.state : match.kind,
    );

  it("reads names with any separator, including names written with spaces", () => {
    expect(states("FIN WAIT 1, time-wait → CLOSED")).toEqual(["FIN-WAIT-1", "TIME-WAIT", "CLOSED"]);
    expect(states("SYN_SENT ESTABLISHED")).toEqual(["SYN-SENT", "ESTABLISHED"]);
    // Words around a name that are not Latin letters (a Chinese line) do not hide it.
    expect(states("客户端状态：SYN_SENT、ESTABLISHED")).toEqual(["SYN-SENT", "ESTABLISHED"]);
  });

  it("reads a run-together pair as two words that name nothing, and a misspelling as one", () => {
    expect(states("SYN_SENTE STABLISHED")).toEqual(["unknown", "unknown"]);
    expect(states("LAST_ACKC LOSED")).toEqual(["unknown", "unknown"]);
    expect(parseStateList("SYN_SEND ESTABLISHED")[0]).toMatchObject({
      spelling: "SYN_SEND",
      match: { kind: "misspelling", state: "SYN-SENT" },
    });
  });

  it("finds nothing in a line without words", () => {
    expect(parseStateList("  -> , ")).toEqual([]);
  });
});
