// Questions about one transition: what state it leads to, what it sends, which event causes it.

import { transitionLink } from "@/lib/animation/links";
import {
  type Send,
  STATES,
  type State,
  siblingsOf,
  TRANSITIONS,
  type Transition,
  transitionId,
  transitionLevel,
  transitionTopic,
} from "@/lib/tcp";
import { withDistractors, withDistractorsFrom } from "./choices";
import { type Rng, shuffleDraws } from "./rng";
import { NOTHING, openedHint, rfcRef, t as say, transitionEventPhrase } from "./text";
import type { Lang, Question } from "./types";

// States students mix up with each other; used as distractors before random ones.
const CONFUSED_WITH: Partial<Record<State, State[]>> = {
  "CLOSE-WAIT": ["FIN-WAIT-2", "LAST-ACK", "TIME-WAIT"],
  "FIN-WAIT-2": ["CLOSE-WAIT", "FIN-WAIT-1", "TIME-WAIT"],
  "TIME-WAIT": ["CLOSED", "CLOSING", "LAST-ACK"],
  "LAST-ACK": ["TIME-WAIT", "CLOSE-WAIT", "CLOSED"],
  CLOSING: ["TIME-WAIT", "FIN-WAIT-2", "CLOSE-WAIT"],
  "SYN-RECEIVED": ["ESTABLISHED", "SYN-SENT", "LISTEN"],
  ESTABLISHED: ["SYN-RECEIVED", "SYN-SENT", "CLOSE-WAIT"],
  CLOSED: ["TIME-WAIT", "LISTEN", "LAST-ACK"],
};

function basisOf(tr: Transition) {
  return {
    kind: "transition" as const,
    from: tr.from,
    event: tr.event,
    to: tr.to,
    send: tr.send,
    ...(tr.when ? { when: tr.when } : {}),
    ...(tr.opened ? { opened: tr.opened } : {}),
    ...(tr.alternative ? { alternative: tr.alternative } : {}),
  };
}

/**
 * Every row a question about `tr`, worded as transitionEventPhrase words it, could be taken to mean: the same event
 * in the same state, under the condition the question names (any, if it names none), opened the same way, and in
 * the reading of RFC 9293 the question says (the usual one unless it names an alternative).
 */
export function rowsMeant(tr: Transition): Transition[] {
  return siblingsOf(tr).filter(
    (o) =>
      (tr.when === undefined || o.when === tr.when) &&
      (!tr.opened || !o.opened || o.opened === tr.opened) &&
      (o.alternative ?? null) === (tr.alternative ?? null),
  );
}

/** Whether a question can ask about `tr` with one defensible answer: every row it could mean ends the same way. */
export function askable(tr: Transition, part: "to" | "send"): boolean {
  if (tr.kind === "failure") return false;
  return rowsMeant(tr).every((o) => o[part] === tr[part]);
}

// What a transition's questions say and link to is the same every time it is asked: worked out once per transition
// (the table is fixed, so these stay small), strings only, so nothing a caller holds is shared.
const wordings = new WeakMap<Transition, Map<string, string>>();
const places = new WeakMap<Transition, { level: Question["level"]; topic: Question["topic"]; link: string }>();

function worded(tr: Transition, key: string, make: () => string): string {
  const texts = wordings.get(tr) ?? new Map<string, string>();
  const kept = texts.get(key);
  if (kept !== undefined) return kept;
  const text = make();
  texts.set(key, text);
  wordings.set(tr, texts);
  return text;
}

function situation(tr: Transition, lang: Lang): string {
  return worded(tr, `situation:${lang}`, () => describeSituation(tr, lang));
}

function describeSituation(tr: Transition, lang: Lang): string {
  return lang === "en"
    ? `A socket is in ${tr.from}${openedHint(tr.opened, lang)} and ${transitionEventPhrase(tr, lang)}.`
    : `一个套接字处于 ${tr.from} 状态${openedHint(tr.opened, lang)}，${transitionEventPhrase(tr, lang)}。`;
}

function join(first: string, second: string, lang: Lang): string {
  return lang === "en" ? `${first} ${second}` : `${first}${second}`;
}

function explanation(tr: Transition, lang: Lang, lead: string): string {
  return [lead, say(tr.why, lang), rfcRef(tr.source, lang)].join(lang === "en" ? " " : "");
}

function common(tr: Transition) {
  let place = places.get(tr);
  if (!place) {
    place = { level: transitionLevel(tr), topic: transitionTopic(tr), link: transitionLink(tr) };
    places.set(tr, place);
  }
  return { level: place.level, topic: place.topic, basis: basisOf(tr), rfc: tr.source, link: place.link };
}

export function nextState(tr: Transition, rng: Rng, lang: Lang): Question {
  const freeText = rng.next() < 0.3;
  // Distractors: the states confused with the answer, then any. A typed answer has no choices, but draws the same
  // numbers as if it had shuffled them, so the rest of the quiz does not depend on how this one is asked.
  const confused = [...(CONFUSED_WITH[tr.to] ?? []), tr.from];
  let choices: string[] | undefined;
  if (freeText) rng.skip(shuffleDraws(confused.length) + shuffleDraws(STATES.length));
  else choices = withDistractorsFrom(rng, tr.to, confused, STATES);
  return {
    id: `next-state:${worded(tr, "id", () => transitionId(tr))}${freeText ? ":typed" : ""}`,
    type: "next-state",
    format: freeText ? "state-name" : "choice",
    prompt: worded(tr, `next-state:${lang}:${freeText ? "typed" : "choice"}`, () => {
      const ask =
        lang === "en"
          ? freeText
            ? "Type the state it enters."
            : "Which state does it enter?"
          : freeText
            ? "请写出它进入的状态。"
            : "它会进入哪个状态？";
      return join(situation(tr, lang), ask, lang);
    }),
    ...(choices ? { choices } : {}),
    answer: tr.to,
    explanation: worded(tr, `next-state:${lang}:why`, () =>
      explanation(
        tr,
        lang,
        lang === "en" ? `${tr.from} + ${tr.event} → ${tr.to}.` : `${tr.from} + ${tr.event} → ${tr.to}。`,
      ),
    ),
    ...common(tr),
  };
}

const SENDS: Send[] = ["SYN", "SYN,ACK", "ACK", "FIN", "RST", "none"];

export function sendLabel(send: Send, lang: Lang): string {
  return send === "none" ? say(NOTHING, lang) : send;
}

/** Data goes out in a segment whose flags are the question; other arcs send a bare control segment, or nothing. */
function sendQuestion(tr: Transition, lang: Lang): string {
  if (tr.event === "SEND" && tr.send === "ACK")
    return lang === "en" ? "Which flags does its data segment carry?" : "它发出的数据报文段带哪些标志？";
  return lang === "en" ? "What does it send?" : "它发送什么？";
}

export function segmentSent(tr: Transition, rng: Rng, lang: Lang): Question {
  const answer = sendLabel(tr.send, lang);
  return {
    id: `segment-sent:${worded(tr, "id", () => transitionId(tr))}`,
    type: "segment-sent",
    format: "choice",
    prompt: worded(tr, `segment-sent:${lang}`, () => join(situation(tr, lang), sendQuestion(tr, lang), lang)),
    choices: withDistractors(
      rng,
      answer,
      rng.shuffle(SENDS).map((s) => sendLabel(s, lang)),
    ),
    answer,
    explanation: worded(tr, `segment-sent:${lang}:why`, () => {
      const lead =
        tr.event === "SEND" && tr.send === "ACK"
          ? lang === "en"
            ? `A segment carrying the data, with the ${tr.send} flag set.`
            : `一个载有数据、带 ${tr.send} 标志的报文段。`
          : lang === "en"
            ? `It sends ${tr.send === "none" ? "nothing" : tr.send}.`
            : tr.send === "none"
              ? "它不发送任何报文段。"
              : `它发送 ${tr.send}。`;
      return explanation(tr, lang, lead);
    }),
    ...common(tr),
  };
}

/**
 * Pairs of states joined by exactly one row, so "which event?" has one answer; not an alternative (its question
 * would have to say which reading) nor a host's failure.
 */
export function uniqueArcs(): Transition[] {
  return TRANSITIONS.filter(
    (tr) =>
      tr.from !== tr.to &&
      !tr.alternative &&
      tr.kind !== "failure" &&
      TRANSITIONS.filter((o) => o.from === tr.from && o.to === tr.to).length === 1,
  );
}

const ALL_EVENTS: readonly string[] = TRANSITIONS.map((o) => o.event);
/** The other events a transition's state reacts to, per transition (the table is fixed). */
const otherEvents = new WeakMap<Transition, readonly string[]>();

export function whichEvent(tr: Transition, rng: Rng, lang: Lang): Question {
  let others = otherEvents.get(tr);
  if (!others) {
    others = TRANSITIONS.filter((o) => o.from === tr.from && o.event !== tr.event).map((o) => o.event);
    otherEvents.set(tr, others);
  }
  return {
    id: `which-event:${worded(tr, "id", () => transitionId(tr))}`,
    type: "which-event",
    format: "choice",
    prompt: worded(tr, `which-event:${lang}`, () =>
      lang === "en"
        ? `Which event takes a socket from ${tr.from} to ${tr.to}?`
        : `哪个事件会让套接字从 ${tr.from} 进入 ${tr.to}？`,
    ),
    choices: withDistractorsFrom(rng, tr.event, others, ALL_EVENTS),
    answer: tr.event,
    explanation: worded(tr, `which-event:${lang}:why`, () =>
      explanation(
        tr,
        lang,
        lang === "en"
          ? `${tr.event}, and it sends ${sendLabel(tr.send, lang)}.`
          : `${tr.event}，并且${tr.send === "none" ? "不发送报文段" : `发送 ${tr.send}`}。`,
      ),
    ),
    ...common(tr),
  };
}
