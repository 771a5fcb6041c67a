import { describe, expect, it } from "vitest";
import { applyMove, encodeMoves, MAX_MOVES, type Move, replay, startConnection } from "./sandbox";

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

  it("a link with a move that is not allowed or not a move stops there and says which", () => {
    const bad = replay("closed", "sL.cX.sD");
    expect(bad.moves).toHaveLength(1);
    expect(bad.problem).toMatch(/move 2 is not allowed/);
    expect(replay("established", "cX.q9").problem).toMatch(/move 2 \("q9"\) is not a move/);
  });

  it("a link longer than the cap is cut there and says so", () => {
    const long = replay("established", Array.from({ length: MAX_MOVES + 50 }, () => "cS").join("."));
    expect(long.moves).toHaveLength(MAX_MOVES);
    expect(long.problem).toMatch(`more than ${MAX_MOVES} moves`);
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
});
