// A scenario's steps as rows to draw: the sequence diagram of the player, the sandbox, the cheat sheet and a quiz
// answer's figure all read a trace this way.
import type { Origin, Role } from "./connection";
import type { Event } from "./events";
import type { Trace } from "./scenarios";
import { formatSegment } from "./segment";
import type { State } from "./states";

export type FigureRow = {
  /** 1-based, as the narration and the /learn?step= links count. */
  step: number;
  actor: Role;
  /** The socket call ("close()") or the event ("rcv FIN", "timeout=2MSL"). */
  label: string;
  /** The event the step is, whatever its label says. */
  event: Event;
  /** What the actor sent at this step, as printed ("FIN,ACK seq=4001 ack=9001"). */
  sent: string | null;
  lost: boolean;
  /** The step whose segment arrived here. */
  receivedFrom: number | null;
  states: Record<Role, State>;
};

export type FigureInjection = { step: number; to: Role; origin: Origin; segment: string };

export function injectionsIn(trace: Pick<Trace, "steps">): FigureInjection[] {
  return trace.steps.flatMap((s) =>
    s.received?.origin
      ? [{ step: s.index + 1, to: s.actor, origin: s.received.origin, segment: formatSegment(s.received.segment) }]
      : [],
  );
}

export function traceRows(trace: Pick<Trace, "steps">): FigureRow[] {
  return trace.steps.map((s) => ({
    step: s.index + 1,
    actor: s.actor,
    label: s.call ?? s.event,
    event: s.event,
    sent: s.segment ? formatSegment(s.segment) : null,
    lost: s.lost,
    receivedFrom: s.received && s.received.step !== null ? s.received.step + 1 : null,
    states: s.states,
  }));
}
