import { describe, expect, it } from "vitest";
import { arcValues, drawnInFigure } from "@/components/animation/state-diagram";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import {
  act,
  CHECK_ORDER,
  establishedConnection,
  play,
  SCENARIOS,
  type Scenario,
  scenarioById,
  startOf,
} from "@/lib/tcp";
import { FIGURE_ARCS } from "./diagram";
import { framesOf, injectionsOf } from "./frames";
import { replay, startConnection } from "./sandbox";

const scenarioOf = (id: string): Scenario => {
  const scenario = scenarioById(id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return scenario;
};
const trace = (id: string) => play(scenarioOf(id));
/** A scenario's frames, from where its two sides start. */
const framesFor = (id: string) => framesOf(startOf(scenarioOf(id)).endpoints, trace(id).steps);

describe("frames", () => {
  it("say when a step sent other than its arc: a delayed ACK held back, or an ACK for data", () => {
    const frames = framesFor("teardown-combined");
    // Step 2: the server takes the arc that sends ACK, but holds the ACK back to ride on its FIN.
    expect(frames[2]?.arc).toMatchObject({ send: "ACK", note: "held" });
    expect(frames[1]?.arc?.note).toBeNull();
    const sentence = globalTranslatorFor("en")("learn.arcSentence", arcValues(frames[2]!.arc!));
    expect(sentence).toContain("sending ACK (held back, to ride on its next segment)");
  });

  it.each(SCENARIOS.map((s) => s.id))(
    "%s: one frame before the first step and one after each, states as played",
    (id) => {
      const t = trace(id);
      const frames = framesFor(id);
      expect(frames).toHaveLength(t.steps.length + 1);
      expect(frames[0]?.states).toEqual(t.initial);
      expect(frames[0]?.arc).toBeNull();
      t.steps.forEach((step, i) => {
        const frame = frames[i + 1];
        expect(frame?.states).toEqual(step.states);
        expect(frame?.tcb).toEqual(step.tcb);
        // The story and the Linux note together are the model's explanation, the note out of the story.
        const linux = step.transition.linux?.why ?? null;
        expect(frame?.linux).toEqual(linux);
        if (linux) {
          expect(frame?.narration.en).not.toContain("Linux:");
          expect(frame?.narration.zh).not.toContain("Linux：");
          expect(frame?.narration.en).not.toContain(linux.en);
          expect(frame?.narration.en).toContain(step.transition.why.en);
          expect(frame?.narration.en.length).toBe(step.explain.en.length - ` Linux: ${linux.en}`.length);
          expect(frame?.narration.zh.length).toBe(step.explain.zh.length - `Linux：${linux.zh}`.length);
        } else {
          expect(frame?.narration).toEqual(step.explain);
        }
        expect(frame?.arc?.actor).toBe(step.actor);
        // The box each side is drawn in names the state it is in.
        for (const role of ["client", "server"] as const) {
          expect(frame?.places[role].replace("-end", "")).toBe(step.states[role]);
        }
      });
    },
  );

  it("a figure arc taken in a scenario is one of the arcs drawn before anything is lit", () => {
    for (const scenario of SCENARIOS) {
      for (const frame of framesFor(scenario.id)) {
        if (frame.arc?.kind !== "figure") continue;
        expect(FIGURE_ARCS).toContainEqual({ from: frame.arc.from, to: frame.arc.to });
      }
    }
  });

  it("the teardown ends in the lower CLOSED box; a refused connect() goes back to the top one", () => {
    expect(framesFor("teardown").at(-1)?.places).toEqual({
      client: "CLOSED-end",
      server: "CLOSED-end",
    });
    const last = framesFor("refused").at(-1);
    expect(last?.places.client).toBe("CLOSED");
    expect(last?.arc).toMatchObject({ from: "SYN-SENT", to: "CLOSED", event: "rcv RST", kind: "event-processing" });
  });

  it("a side that finished a teardown opens again from the top CLOSED box, not across the diagram", () => {
    const { connection } = replay("established", "cX.sD.cD.sX.cD.sD.cT.sL");
    const last = framesOf(startConnection("established").endpoints, connection.steps).at(-1);
    expect(last?.arc).toMatchObject({ from: "CLOSED", to: "LISTEN", event: "passive OPEN" });
  });

  it("says when a waiting side's timer expires: 2MSL at the teardown's last step, RTO when the SYN,ACK is resent", () => {
    const teardown = trace("teardown");
    const timeWait = framesFor("teardown").find((f) => f.states.client === "TIME-WAIT");
    expect(timeWait?.timers.client).toEqual([
      { timer: "2MSL", expiresAt: teardown.steps.length, seconds: 60, restarted: null },
    ]);

    const lostAck = trace("handshake-lost-ack");
    const frames = framesFor("handshake-lost-ack");
    const resend = lostAck.steps.findIndex((s) => s.event === "timeout=RTO") + 1;
    expect(frames[resend - 1]?.timers.server).toEqual([
      { timer: "RTO", expiresAt: resend, seconds: 1, restarted: null },
    ]);
    // The client's SYN was answered: its timer stopped without expiring.
    expect(frames.find((f) => f.timers.client.length > 0)?.timers.client).toEqual([
      { timer: "RTO", expiresAt: null, seconds: 1, restarted: null },
    ]);
  });
});

describe("what the player shows beside the states", () => {
  it("each side's TCB after the step, with the variables the step changed", () => {
    const frames = framesFor("handshake");
    // Before anything, CLOSED holds no TCB at all.
    expect(Object.values(frames[0]?.tcb.server ?? {})).toEqual([null, null, null, null, null, null, null]);
    // Step 3: the server answers the SYN with a SYN,ACK; its ISS and SND.NXT = ISS + 1 appear. SND.WND waits for
    // an acceptable ACK, and RCV.WND was there in LISTEN already.
    const synAck = frames[3];
    expect(synAck?.tcb.server).toMatchObject({ iss: 9000, irs: 4000, sndUna: 9000, sndNxt: 9001, sndWnd: null });
    expect(synAck?.changed.server).toEqual(["iss", "irs", "sndUna", "sndNxt", "rcvNxt"]);
    expect(synAck?.changed.client).toEqual([]);
    // An established start shows the numbers its handshake left.
    expect(framesFor("teardown")[0]?.tcb.client).toMatchObject({ sndUna: 4001, sndNxt: 4001, rcvNxt: 9001 });
    // A reboot loses the whole TCB: every variable goes blank, and all seven are marked.
    const reboot = framesFor("half-open")[1];
    expect(Object.values(reboot?.tcb.client ?? {}).every((v) => v === null)).toBe(true);
    expect(reboot?.changed.client).toHaveLength(7);
  });

  it("an arriving segment's checks in §3.10.7's order, the deciding one marked, and which order applies", () => {
    const forged = framesFor("forged-rst")[1]?.checks;
    expect(forged).toMatchObject({ actor: "server", state: "ESTABLISHED", fullOrder: true, section: "§3.10.7.4" });
    expect(forged?.lines.map((l) => [l.check, l.decides])).toEqual([
      ["sequence", false],
      ["RST", true],
    ]);
    expect(forged?.lines[1]?.result.en).toMatch(/challenge ACK/);
    const listen = framesFor("handshake")[3]?.checks;
    expect(listen).toMatchObject({ state: "LISTEN", fullOrder: false, section: "§3.10.7.2" });
    // A user call or a timer checks nothing.
    expect(framesFor("handshake")[1]?.checks).toBeNull();
    for (const scenario of SCENARIOS) {
      for (const frame of framesFor(scenario.id)) {
        if (!frame.checks?.fullOrder) continue;
        const at = frame.checks.lines.map((l) => CHECK_ORDER.indexOf(l.check));
        expect(at, `${scenario.id} step ${frame.step}`).toEqual([...at].sort((a, b) => a - b));
        expect(at[0]).toBe(0);
        expect(frame.checks.lines.filter((l) => l.decides).length).toBeLessThanOrEqual(1);
      }
    }
  });

  it("the retransmission timer backs off 1 s, 2 s, 4 s, each expiry shown as a restart", () => {
    const { connection } = replay("closed", "cC.cR.cR");
    const frames = framesOf(startConnection("closed").endpoints, connection.steps);
    expect(frames.slice(1).map((f) => f.timers.client[0]?.seconds)).toEqual([1, 2, 4]);
    expect(frames.slice(1).map((f) => f.timers.client[0]?.restarted)).toEqual([null, { was: 1 }, { was: 2 }]);
    // Both sides back off on their own in the lost SYN,ACK scenario.
    const lost = framesFor("handshake-lost-synack");
    expect(lost[4]?.timers.client[0]).toMatchObject({ seconds: 2, restarted: { was: 1 } });
    expect(lost[4]?.timers.server[0]).toMatchObject({ seconds: 1, restarted: null });
    expect(lost[7]?.timers.server[0]).toMatchObject({ seconds: 2, restarted: { was: 1 } });
  });

  it("a FIN arriving again in TIME-WAIT restarts the 2MSL timer; entering TIME-WAIT only starts it", () => {
    const frames = framesFor("teardown-lost-ack");
    const entered = frames.findIndex((f) => f.states.client === "TIME-WAIT");
    expect(frames[entered]?.timers.client).toEqual([expect.objectContaining({ timer: "2MSL", restarted: null })]);
    const again = frames.findIndex((f, i) => i > entered && f.actor === "client" && f.arc?.event === "rcv FIN");
    expect(frames[again]?.timers.client[0]).toMatchObject({ timer: "2MSL", seconds: 60, restarted: { was: 60 } });
  });

  it("injected segments are known as forged or old duplicates, and where they arrive", () => {
    expect(injectionsOf(framesFor("forged-rst"))).toEqual([
      { step: 1, to: "server", origin: "forged", segment: "RST seq=5001" },
    ]);
    expect(injectionsOf(framesFor("old-duplicate-syn"))).toEqual([
      { step: 3, to: "server", origin: "old duplicate", segment: "SYN seq=90" },
    ]);
    expect(injectionsOf(framesFor("handshake"))).toEqual([]);
  });

  it("a reading RFC 9293 also allows is marked on the arc, and drawn dashed even where the figure has the boxes", () => {
    const aborted = act(establishedConnection({ client: 4000, server: 9000 }), {
      actor: "client",
      do: "ABORT",
      allow: ["note 3"],
    });
    if (!aborted.ok) throw new Error(aborted.reason.en);
    const arc = framesOf(establishedConnection({ client: 4000, server: 9000 }).endpoints, [aborted.step])[1]?.arc;
    expect(arc).toMatchObject({ from: "ESTABLISHED", to: "TIME-WAIT", alternative: "note 3" });
    expect(arc && drawnInFigure(arc)).toBe(false);
    const sentence = globalTranslatorFor("en")("learn.arcSentence", arcValues(arc ?? ({} as never)));
    expect(sentence).toContain("in a stack that follows Figure 5's note 3");
    expect(drawnInFigure({ kind: "figure", alternative: null })).toBe(true);
  });
});
