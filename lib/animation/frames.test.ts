import { describe, expect, it } from "vitest";
import { arcValues } from "@/components/animation/state-diagram";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { play, SCENARIOS, scenarioById } from "@/lib/tcp";
import { FIGURE_ARCS } from "./diagram";
import { framesOf } from "./frames";
import { replay } from "./sandbox";

const trace = (id: string) => {
  const scenario = scenarioById(id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return play(scenario);
};

describe("frames", () => {
  it("say when a step sent other than its arc: a delayed ACK held back, or an ACK for data", () => {
    const t = trace("teardown-combined");
    const frames = framesOf(t.initial, t.steps);
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
      const frames = framesOf(t.initial, t.steps);
      expect(frames).toHaveLength(t.steps.length + 1);
      expect(frames[0]?.states).toEqual(t.initial);
      expect(frames[0]?.arc).toBeNull();
      t.steps.forEach((step, i) => {
        const frame = frames[i + 1];
        expect(frame?.states).toEqual(step.states);
        expect(frame?.narration).toEqual(step.explain);
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
      const t = play(scenario);
      for (const frame of framesOf(t.initial, t.steps)) {
        if (frame.arc?.kind !== "figure") continue;
        expect(FIGURE_ARCS).toContainEqual({ from: frame.arc.from, to: frame.arc.to });
      }
    }
  });

  it("the teardown ends in the lower CLOSED box; a refused connect() goes back to the top one", () => {
    const teardown = trace("teardown");
    expect(framesOf(teardown.initial, teardown.steps).at(-1)?.places).toEqual({
      client: "CLOSED-end",
      server: "CLOSED-end",
    });
    const refused = trace("refused");
    const last = framesOf(refused.initial, refused.steps).at(-1);
    expect(last?.places.client).toBe("CLOSED");
    expect(last?.arc).toMatchObject({ from: "SYN-SENT", to: "CLOSED", event: "rcv RST", kind: "event-processing" });
  });

  it("a side that finished a teardown opens again from the top CLOSED box, not across the diagram", () => {
    const { connection } = replay("established", "cX.sD.cD.sX.cD.sD.cT.sL");
    const last = framesOf({ client: "ESTABLISHED", server: "ESTABLISHED" }, connection.steps).at(-1);
    expect(last?.arc).toMatchObject({ from: "CLOSED", to: "LISTEN", event: "passive OPEN" });
  });

  it("says when a waiting side's timer expires: 2MSL at the teardown's last step, RTO when the SYN,ACK is resent", () => {
    const teardown = trace("teardown");
    const timeWait = framesOf(teardown.initial, teardown.steps).find((f) => f.states.client === "TIME-WAIT");
    expect(timeWait?.timers.client).toEqual([{ timer: "2MSL", expiresAt: teardown.steps.length }]);

    const lostAck = trace("handshake-lost-ack");
    const frames = framesOf(lostAck.initial, lostAck.steps);
    const resend = lostAck.steps.findIndex((s) => s.event === "timeout=RTO") + 1;
    expect(frames[resend - 1]?.timers.server).toEqual([{ timer: "RTO", expiresAt: resend }]);
    // The client's SYN was answered: its timer stopped without expiring.
    expect(frames.find((f) => f.timers.client.length > 0)?.timers.client).toEqual([{ timer: "RTO", expiresAt: null }]);
  });
});
