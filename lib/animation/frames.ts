// What the player shows at each step: both sides' states, timers and TCBs, the arc just taken, the checks an
// arriving segment went through, and the narration. Built from the engine's steps, so a scenario (or a sandbox
// session) animates without anything drawn by hand.
import {
  type Alternative,
  type CheckName,
  checkText,
  type Endpoint,
  type Event,
  formatSegment,
  type Origin,
  type Role,
  type Send,
  type State,
  type Step,
  TCB_FIELDS,
  type Tcb,
  type TcbField,
  type Text,
  TIMER_INFO,
  type Timer,
  type TransitionKind,
  tcbOf,
} from "@/lib/tcp";
import { type Place, placesOf } from "./diagram";

export type Arc = {
  actor: Role;
  from: Place;
  to: Place;
  event: Event;
  send: Send;
  kind: TransitionKind;
  source: string;
  /** A reading RFC 9293 also allows that this step took (Figure 5 note 3, MAY-2, RFC 793's RST rule). */
  alternative: Alternative | null;
  /** Where the step sent other than the arc says: its ACK held back (delayed ACK), or an ACK for data the arc ignores. */
  note: "held" | "data" | null;
};

export type Wait = {
  timer: Timer;
  /** The step at which the timer expires, if the steps get there before it stops. */
  expiresAt: number | null;
  /**
   * How long it runs, in seconds: the retransmission timeout as RFC 6298 §5.5 has backed it off (1, 2, 4 …), or
   * the 2MSL Linux waits.
   */
  seconds: number;
  /**
   * This step started the timer again: the retransmission timer expired and backed off (with the timeout it ran
   * before), or a retransmitted FIN restarted TIME-WAIT's 2MSL (RFC 9293 §3.10.7.4).
   */
  restarted: { was: number | null } | null;
};

/** One of §3.10.7's checks as the player lists it: which check, what it found, and whether it settled the step. */
export type CheckLine = { check: CheckName; result: Text; decides: boolean };

export type Checks = {
  /** The side the segment arrived at, and the state it arrived in. */
  actor: Role;
  state: State;
  /** In the order they were made. */
  lines: CheckLine[];
  /**
   * The state is SYN-RECEIVED or synchronized, so §3.10.7.4's full order applies (sequence number, RST, security,
   * SYN, ACK, URG, text, FIN); CLOSED, LISTEN and SYN-SENT have shorter checks of their own (§3.10.7.1–3).
   */
  fullOrder: boolean;
  /** The subsection of §3.10.7 the state's checks are in. */
  section: string;
};

/** §3.10.7's subsections: one for each state without a synchronized connection, then one for all the others. */
const SECTION: Partial<Record<State, string>> = { CLOSED: "§3.10.7.1", LISTEN: "§3.10.7.2", "SYN-SENT": "§3.10.7.3" };

export type Frame = {
  /** 0 is before anything happens; frame n is after step n. */
  step: number;
  actor: Role | null;
  states: Record<Role, State>;
  places: Record<Role, Place>;
  /** The timers each side runs after this step, and the step at which each expires if the steps get there. */
  timers: Record<Role, Wait[]>;
  /** Both sides' TCB variables after this step, null where the state has no value for one. */
  tcb: Record<Role, Tcb>;
  /** The variables this step changed, per side (a value that appeared, moved or was cleared). */
  changed: Record<Role, TcbField[]>;
  /** The arc the actor took at this step. */
  arc: Arc | null;
  /** For a step where a segment arrives: the checks made on it. */
  checks: Checks | null;
  /** A segment that arrived here without either side having sent it: forged, or an old duplicate. */
  injected: { origin: Origin; segment: string } | null;
  /** The step's story, without its Linux sentence, which `linux` holds on its own. */
  narration: Text;
  /** What Linux does instead here, when it differs from RFC 9293. */
  linux: Text | null;
};

/** A segment that reached a side at a step without the other side having sent it: forged, or an old duplicate. */
export type Injection = { step: number; to: Role; origin: Origin; segment: string };

/** The injected segments among the frames, for the sequence diagram to draw coming from outside the lifelines. */
export function injectionsOf(frames: readonly Frame[]): Injection[] {
  return frames.flatMap((f) => (f.injected && f.actor ? [{ step: f.step, to: f.actor, ...f.injected }] : []));
}

/** Where the two sides start: their endpoints before the first step. */
export type Beginning = Record<Role, Endpoint>;

const EMPTY: Record<Role, TcbField[]> = { client: [], server: [] };

function firstFrame(beginning: Beginning): Frame {
  const initial = { client: beginning.client.state, server: beginning.server.state };
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
    tcb: { client: tcbOf(beginning.client), server: tcbOf(beginning.server) },
    changed: EMPTY,
    arc: null,
    checks: null,
    injected: null,
    narration,
    linux: null,
  };
}

/**
 * A step's explanation split in two: the story, and the sentence on what Linux does instead (the model's
 * explanation carries it as "Linux: …", after the RFC's reason), so the player can show that as an item of its own.
 */
export function storyOf(step: Pick<Step, "explain" | "transition">): { narration: Text; linux: Text | null } {
  const why = step.transition.linux?.why;
  if (!why) return { narration: step.explain, linux: null };
  return {
    narration: {
      en: step.explain.en.replace(` Linux: ${why.en}`, ""),
      zh: step.explain.zh.replace(`Linux：${why.zh}`, ""),
    },
    linux: why,
  };
}

export function framesOf(beginning: Beginning, steps: readonly Step[]): Frame[] {
  const expiries = expiryTable(steps);
  const frames = [firstFrame(beginning)];
  for (const step of steps) {
    const before = frames[frames.length - 1] ?? firstFrame(beginning);
    const t = step.transition;
    // A side that finished a teardown sits in the lower CLOSED box; opening again starts from the top one.
    const was = before.places[step.actor];
    const from = was === "CLOSED-end" && t.from === "CLOSED" && t.to !== "CLOSED" ? "CLOSED" : was;
    const to = t.from === t.to ? from : placesOf(t).to;
    const after = step.index + 1;
    const waits = (role: Role): Wait[] =>
      step.timers[role].map((timer) => ({
        timer,
        expiresAt: expiries.get(`${after}|${role}|${timer}`) ?? null,
        seconds: timer === "RTO" ? (step.rto[role] ?? TIMER_INFO.RTO.seconds) : TIMER_INFO["2MSL"].seconds,
        restarted: restartOf(step, role, timer, before),
      }));
    const changed = (role: Role) => TCB_FIELDS.filter((f) => step.tcb[role][f] !== before.tcb[role][f]);
    frames.push({
      step: after,
      actor: step.actor,
      states: step.states,
      places: { ...before.places, [step.actor]: to },
      timers: { client: waits("client"), server: waits("server") },
      tcb: step.tcb,
      changed: { client: changed("client"), server: changed("server") },
      arc: {
        actor: step.actor,
        from,
        to,
        event: t.event,
        send: t.send,
        kind: t.kind,
        source: t.source,
        alternative: t.alternative ?? null,
        note: step.ackDelayed ? "held" : t.send === "none" && step.segment ? "data" : null,
      },
      checks: step.checks
        ? {
            actor: step.actor,
            state: t.from,
            lines: step.checks.map((c) => ({ check: c.check, result: checkText(c), decides: c.decides })),
            fullOrder: SECTION[t.from] === undefined,
            section: SECTION[t.from] ?? "§3.10.7.4",
          }
        : null,
      injected: step.received?.origin
        ? { origin: step.received.origin, segment: formatSegment(step.received.segment) }
        : null,
      ...storyOf(step),
    });
  }
  return frames;
}

/** Whether this step started `role`'s running timer again, rather than leaving it running or starting it afresh. */
function restartOf(step: Step, role: Role, timer: Timer, before: Frame): Wait["restarted"] {
  if (step.actor !== role) return null;
  const previous = before.timers[role].find((w) => w.timer === timer);
  if (timer === "RTO") return step.event === "timeout=RTO" ? { was: previous?.seconds ?? null } : null;
  // Entering TIME-WAIT starts the 2MSL timer; a FIN that arrives in TIME-WAIT starts it again.
  return step.timeWaitStarted && before.states[role] === "TIME-WAIT" ? { was: previous?.seconds ?? null } : null;
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
