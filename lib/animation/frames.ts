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
  const frames = [firstFrame(initial)];
  const waits = (after: number, timers: Record<Role, Timer[]>): Record<Role, Wait[]> => ({
    client: timers.client.map((timer) => ({ timer, expiresAt: expiryStep(steps, after, "client", timer) })),
    server: timers.server.map((timer) => ({ timer, expiresAt: expiryStep(steps, after, "server", timer) })),
  });
  for (const step of steps) {
    const before = frames[frames.length - 1] ?? firstFrame(initial);
    const t = step.transition;
    const from = before.places[step.actor];
    const to = t.from === t.to ? from : placesOf(t).to;
    frames.push({
      step: step.index + 1,
      actor: step.actor,
      states: step.states,
      places: { ...before.places, [step.actor]: to },
      timers: waits(step.index + 1, step.timers),
      arc: { actor: step.actor, from, to, event: t.event, send: t.send, kind: t.kind, source: t.source },
      narration: step.explain,
    });
  }
  return frames;
}

/** The step at which a timer running after step `after` expires, if the steps get that far. */
function expiryStep(steps: readonly Step[], after: number, role: Role, timer: Timer): number | null {
  for (const step of steps.slice(after)) {
    if (step.actor === role && step.event === `timeout=${timer}`) return step.index + 1;
    if (!step.timers[role].includes(timer)) return null;
  }
  return null;
}
