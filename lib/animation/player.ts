// The player's controls as a pure reducer: which step is shown, whether it is playing, and how fast.
import type { Msg } from "@/lib/i18n/translate";

export const SPEEDS = [0.5, 1, 1.5, 2] as const;
export type Speed = (typeof SPEEDS)[number];

/** How long a step stays on screen at 1x before the next one, and how long its segment takes to fly. */
export const STEP_MS = 2400;
export const FLIGHT_MS = 900;

export type PlayerState = {
  /** 0 (before anything) to `last`. */
  step: number;
  last: number;
  playing: boolean;
  speed: Speed;
  /** Which way the last move went: only a step forward animates; going back or jumping just shows the frame. */
  moved: "forward" | "jump";
};

export type PlayerAction =
  | { type: "toggle" }
  | { type: "pause" }
  | { type: "next" }
  | { type: "prev" }
  | { type: "seek"; step: number }
  | { type: "restart" }
  /** The timer says the shown step has had its time. */
  | { type: "tick" }
  | { type: "speed"; speed: Speed };

export function startPlayer(last: number, step = 0): PlayerState {
  return { step: clamp(step, last), last, playing: false, speed: 1, moved: "jump" };
}

function clamp(step: number, last: number): number {
  return Number.isInteger(step) ? Math.min(Math.max(step, 0), last) : 0;
}

export function playerReducer(state: PlayerState, action: PlayerAction): PlayerState {
  switch (action.type) {
    case "toggle":
      if (state.playing) return { ...state, playing: false };
      // Play at the end starts again from the beginning.
      if (state.step === state.last) return { ...state, step: 0, playing: true, moved: "jump" };
      return { ...state, playing: state.step + 1 < state.last, step: state.step + 1, moved: "forward" };
    case "pause":
      return { ...state, playing: false };
    case "next":
      if (state.step === state.last) return { ...state, playing: false };
      return { ...state, step: state.step + 1, playing: false, moved: "forward" };
    case "prev":
      return { ...state, step: Math.max(state.step - 1, 0), playing: false, moved: "jump" };
    case "seek":
      return { ...state, step: clamp(action.step, state.last), playing: false, moved: "jump" };
    case "restart":
      return { ...state, step: 0, playing: false, moved: "jump" };
    case "tick":
      if (!state.playing) return state;
      if (state.step >= state.last) return { ...state, playing: false };
      return { ...state, step: state.step + 1, moved: "forward", playing: state.step + 1 < state.last };
    case "speed":
      return { ...state, speed: action.speed };
  }
}

/** Milliseconds the shown step stays before the next, at the chosen speed. */
export function dwell(speed: Speed): number {
  return STEP_MS / speed;
}

/** Parses `?step=` as the page got it: a whole number in range, or the start with the message to show. */
export function stepFromQuery(raw: string | undefined, last: number): { step: number; problem: Msg | null } {
  if (raw === undefined || raw === "") return { step: 0, problem: null };
  // Decimal digits only: Number() alone reads "0x4" and "4e0" as 4.
  const n = /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(n) || n < 0 || n > last) {
    return { step: 0, problem: { key: "learn.stepOutOfRange", values: { last } } };
  }
  return { step: n, problem: null };
}
