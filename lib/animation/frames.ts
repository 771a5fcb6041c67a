// What the player shows at each step: both sides' states and timers, the arc just taken, and the narration.
// Built from the engine's steps, so a scenario (or a sandbox session) animates without anything drawn by hand.
import type { Event, Role, Send, State, Step, Text, Timer, TransitionKind } from "@/lib/tcp";
import { type Place, placesOf } from "./diagram";

export type Arc = {
  actor: Role;
  from: Place;
  to: Place;
  event: Event;
  send: Send;
  kind: TransitionKind;
  source: string;
  /** Where the step sent other than the arc says: its ACK held back (delayed ACK), or an ACK for data the arc ignores. */
  note: "held" | "data" | null;
};

export type Wait = { timer: Timer; expiresAt: number | null };

export type Frame = {
  /** 0 is before anything happens; frame n is after step n. */
  step: number;
  actor: Role | null;
  states: Record<Role, State>;
  places: Record<Role, Place>;
  /** The timers each side runs after this step, and the step at which each expires if the steps get there. */
  timers: Record<Role, Wait[]>;
  /** The arc the actor took at this step. */
  arc: Arc | null;
  narration: Text;
};

function firstFrame(initial: Record<Role, State>): Frame {
  const same = initial.client === initial.server;
  const narration: Text = same
    ? {
        en: `Before the first step both sides are ${initial.client}.`,
        zh: `第一步之前，双方都处于 ${initial.client} 状态。`,
      }
    : {
        en: `Before the first step the client is ${initial.client} and the server is ${initial.server}.`,
        zh: `第一步之前，客户端处于 ${initial.client}，服务器处于 ${initial.server}。`,
      };
  return {
    step: 0,
    actor: null,
    states: initial,
    places: initial,
    timers: { client: [], server: [] },
    arc: null,
    narration,
  };
}

export function framesOf(initial: Record<Role, State>, steps: readonly Step[]): Frame[] {
  const expiries = expiryTable(steps);
  const frames = [firstFrame(initial)];
  for (const step of steps) {
    const before = frames[frames.length - 1] ?? firstFrame(initial);
    const t = step.transition;
    // A side that finished a teardown sits in the lower CLOSED box; opening again starts from the top one.
    const was = before.places[step.actor];
    const from = was === "CLOSED-end" && t.from === "CLOSED" && t.to !== "CLOSED" ? "CLOSED" : was;
    const to = t.from === t.to ? from : placesOf(t).to;
    const after = step.index + 1;
    const waits = (role: Role): Wait[] =>
      step.timers[role].map((timer) => ({ timer, expiresAt: expiries.get(`${after}|${role}|${timer}`) ?? null }));
    frames.push({
      step: after,
      actor: step.actor,
      states: step.states,
      places: { ...before.places, [step.actor]: to },
      timers: { client: waits("client"), server: waits("server") },
      arc: {
        actor: step.actor,
        from,
        to,
        event: t.event,
        send: t.send,
        kind: t.kind,
        source: t.source,
        note: step.ackDelayed ? "held" : t.send === "none" && step.segment ? "data" : null,
      },
      narration: step.explain,
    });
  }
  return frames;
}

/**
 * For each step, side and running timer ("4|server|RTO"), the step at which that timer expires, if the steps get
 * there without the timer stopping first. One pass from the last step back, so long sandbox sessions stay cheap.
 */
function expiryTable(steps: readonly Step[]): Map<string, number> {
  const table = new Map<string, number>();
  const next: Record<string, number | null> = {};
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i];
    if (!step) continue;
    for (const role of ["client", "server"] as const) {
      for (const timer of ["RTO", "2MSL"] as const) {
        const key = `${role}|${timer}`;
        // Seen from step i-1: the timer expires here, or (if it still runs after this step) when it expires later.
        const expiresHere = step.actor === role && step.event === `timeout=${timer}`;
        next[key] = expiresHere ? step.index + 1 : step.timers[role].includes(timer) ? (next[key] ?? null) : null;
        const expires = next[key];
        if (expires !== null && expires !== undefined) table.set(`${i}|${key}`, expires);
      }
    }
  }
  return table;
}
