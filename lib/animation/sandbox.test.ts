import { describe, expect, it } from "vitest";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { isMsgKey } from "@/lib/i18n/global";
import {
  applyMove,
  encodeMoves,
  MAX_MOVES,
  MOVES,
  type Move,
  type ReplayProblem,
  replay,
  replayProblemMessage,
  startConnection,
} from "./sandbox";

/** The problem as the page says it in English and in Chinese, checking that its message exists. */
function said(problem: ReplayProblem | null) {
  if (!problem) throw new Error("expected a problem");
  const en = replayProblemMessage(problem, "en");
  const zh = replayProblemMessage(problem, "zh");
  expect(typeof en !== "string" && isMsgKey(en.key)).toBe(true);
  return { en: globalTranslatorFor("en").msg(en), zh: globalTranslatorFor("zh-CN").msg(zh) };
}

const handshake: Move[] = [
  { actor: "server", do: "passive OPEN" },
  { actor: "client", do: "active OPEN" },
  { actor: "server", do: "deliver" },
  { actor: "client", do: "deliver" },
  { actor: "server", do: "deliver" },
];

describe("sandbox", () => {
  it("replays the moves in a link to the same connection", () => {
    const link = encodeMoves(handshake);
    expect(link).toBe("sL.cC.sD.cD.sD");
    const r = replay("closed", link);
    expect(r.problem).toBeNull();
    expect(r.moves).toEqual(handshake);
    expect(r.connection.endpoints.client.state).toBe("ESTABLISHED");
    expect(r.connection.endpoints.server.state).toBe("ESTABLISHED");
  });

  it("a move RFC 9293 does not allow is refused with the reason and changes nothing", () => {
    const closed = startConnection("closed");
    const result = applyMove(closed, { actor: "client", do: "CLOSE" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.en).toMatch(/connection does not exist/);
    expect(closed.steps).toHaveLength(0);
  });

  it("a link with a move that is not allowed or not a move stops there and says which, in either language", () => {
    const bad = replay("closed", "sL.cX.sD");
    expect(bad.moves).toHaveLength(1);
    expect(bad.problem).toMatchObject({ kind: "refused", move: 2 });
    const refused = said(bad.problem);
    const reason = applyMove(replay("closed", "sL").connection, { actor: "client", do: "CLOSE" });
    if (reason.ok) throw new Error("expected close() in CLOSED to be refused");
    expect(refused.en).toBe(
      `The link's move 2 is not allowed (${reason.reason.en.replace(/\.$/, "")}), so the session stops after 1 move.`,
    );
    expect(refused.zh).toBe(`链接中的第 2 步不被允许（${reason.reason.zh.replace(/。$/, "")}），会话停在前 1 步。`);

    const unreadable = replay("established", "cX.q9");
    expect(unreadable.problem).toEqual({ kind: "not-a-move", move: 2, token: "q9" });
    expect(said(unreadable.problem).en).toMatch(/move 2 \("q9"\) is not a move, so the session stops after 1 move\./);
    expect(said(replay("closed", "zz").problem)).toEqual({
      en: 'The link\'s move 1 ("zz") is not a move, so the session stops after 0 moves.',
      zh: "链接中的第 1 步（“zz”）不是有效的操作，会话从头开始。",
    });
  });

  it("a link longer than the cap is cut there and says so", () => {
    const long = replay("established", Array.from({ length: MAX_MOVES + 50 }, () => "cS").join("."));
    expect(long.moves).toHaveLength(MAX_MOVES);
    expect(long.problem).toEqual({ kind: "too-long", max: MAX_MOVES });
    expect(said(long.problem).en).toMatch(`more than ${MAX_MOVES} moves`);
    expect(said(long.problem).zh).toMatch(`超过 ${MAX_MOVES} 步`);
  });

  it("losing the segment in flight marks the step that sent it, and the sender's timer keeps running", () => {
    const r = replay("closed", "sL.cC.sZ");
    expect(r.problem).toBeNull();
    const [, connect] = r.connection.steps;
    expect(connect?.lost).toBe(true);
    expect(connect?.explain.en).toMatch(/lost on the way/);
    expect(r.connection.network).toHaveLength(0);
    // The client still waits for an answer; its RTO resends the SYN.
    const again = applyMove(r.connection, { actor: "client", do: "timeout=RTO" });
    expect(again.ok && again.step.segment?.flags).toBe("SYN");
    expect(applyMove(r.connection, { actor: "server", do: "lose" }).ok).toBe(false);
  });

  it("keeps every move's code, so links made before the new moves still replay", () => {
    const codes = MOVES.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.slice(0, 9).join("")).toBe("LCSXADZRT");
    expect(replay("established", "cX.sD.cD.sX.cD.sZ.sR.cD.sD.cT").problem).toBeNull();
  });

  it("a host that reboots loses its TCB; the peer's next segment finds no connection and is reset (Figure 10)", () => {
    const moves: Move[] = [
      { actor: "client", do: "reboot" },
      { actor: "server", do: "SEND" },
      { actor: "client", do: "deliver" },
      { actor: "server", do: "deliver" },
    ];
    const link = encodeMoves(moves);
    expect(link).toBe("cB.sS.cD.sD");
    const r = replay("established", link);
    expect(r.problem).toBeNull();
    const [reboot, , answer, reset] = r.connection.steps;
    expect(reboot?.transition).toMatchObject({ kind: "failure", from: "ESTABLISHED", to: "CLOSED" });
    expect(Object.values(reboot?.tcb.client ?? {}).every((v) => v === null)).toBe(true);
    expect(answer?.segment?.flags).toBe("RST");
    expect(reset?.states.server).toBe("CLOSED");
  });

  it("the user timeout ends the connection from any state with one, and says why it cannot from CLOSED", () => {
    for (const link of ["sU", "cX.cU", "sL.cC.sD.sU"]) {
      const r = replay(link.startsWith("sL") ? "closed" : "established", link);
      expect(r.problem, link).toBeNull();
      const last = r.connection.steps.at(-1);
      expect(last?.event).toBe("timeout=USER");
      expect(last?.states[last.actor]).toBe("CLOSED");
    }
    for (const [start, link, reason] of [
      ["closed", "cU", /No connection, so no user timeout runs/],
      ["closed", "cB", /no connection to lose/],
    ] as const) {
      const r = replay(start, link);
      expect(r.moves).toHaveLength(0);
      expect(r.problem).toMatchObject({ kind: "refused", move: 1 });
      expect(said(r.problem).en).toMatch(reason);
      expect(said(r.problem).zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
