// Questions about how a side processes segments (RFC 9293 §3.10.7): its TCB variables after a step, the order of
// the checks an arriving segment goes through, and the check that stops one.

import { stepLink } from "@/lib/animation/links";
import {
  CHECK_ORDER,
  CHECK_TEXT,
  type CheckName,
  formatSegment,
  type Scenario,
  type Step,
  stepWithIsn,
  TCB_NAME,
  type TcbField,
  type Trace,
  wireWithIsn,
} from "@/lib/tcp";
import { withDistractors } from "./choices";
import { numberFacts, stepStory } from "./from-scenarios";
import type { Rng } from "./rng";
import { ROLE_TEXT, t as say } from "./text";
import type { Lang, Question } from "./types";

/** The variables worth asking about: the ones a step moves by a segment's length (not the ISS, not a window). */
export const ASKED_FIELDS: readonly TcbField[] = ["sndUna", "sndNxt", "rcvNxt", "irs"];

/** The steps of a trace at which the actor's `field` changed, as [step index, field]. */
export function tcbMoments(trace: Pick<Trace, "steps">): [number, TcbField][] {
  const out: [number, TcbField][] = [];
  for (const [i, step] of trace.steps.entries()) {
    const before = i === 0 ? null : (trace.steps[i - 1] as Step).tcb[step.actor];
    for (const field of ASKED_FIELDS) {
      const now = step.tcb[step.actor][field];
      if (now !== null && (before === null || before[field] !== now)) out.push([i, field]);
    }
  }
  return out;
}

export function tcbValue(
  scenario: Scenario,
  stepIndex: number,
  field: TcbField,
  rng: Rng,
  lang: Lang,
): Question | null {
  const isn = { client: rng.int(1000, 99_999), server: rng.int(1000, 99_999) };
  const step = stepWithIsn(scenario, isn, stepIndex) as Step;
  const tcb = step.tcb[step.actor];
  const value = tcb[field] as number;
  const others = Object.values(tcb).filter((v): v is number => v !== null && v !== value);
  const pool = [value + 1, value - 1, ...rng.shuffle(others), value + 2, value - 2];
  const who = say(ROLE_TEXT[step.actor], lang);
  const facts = numberFacts(wireWithIsn(scenario, isn, stepIndex + 1), isn, stepIndex + 1, lang);
  const what = stepStory(step, lang);
  const name = TCB_NAME[field];
  // IRS after an injected SYN is that SYN's seq, which the facts must state: nothing left to work out.
  if (facts.includes(String(value))) return null;
  return {
    id: `tcb-variable:${scenario.id}:${stepIndex + 1}:${field}:${isn.client}:${isn.server}`,
    type: "tcb-variable",
    level: scenario.level === "basics" ? "intermediate" : scenario.level,
    topic: scenario.topic,
    format: "choice",
    prompt:
      lang === "en"
        ? `${say(scenario.title, lang)}, client ISN ${isn.client}, server ISN ${isn.server}.${facts} At step ${stepIndex + 1} ${what}. What is ${who}'s ${name} right after it?`
        : `${say(scenario.title, lang)}，客户端 ISN 为 ${isn.client}，服务器 ISN 为 ${isn.server}。${facts}第 ${stepIndex + 1} 步：${what}。这一步之后，${who}的 ${name} 是多少？`,
    choices: withDistractors(rng, value, pool).map(String),
    answer: String(value),
    explanation: say(step.explain, lang),
    basis: { kind: "scenario", scenario: scenario.id, step: stepIndex + 1, isn },
    rfc: "§3.3.1",
    link: stepLink(scenario.id, stepIndex),
  };
}

/** The one question about §3.10.7.4's order: the eight checks, to put in order. */
export function checkOrder(rng: Rng, lang: Lang): Question {
  const answer = CHECK_ORDER.map((c) => CHECK_TEXT[c][lang]);
  return {
    id: "check-order:synchronized",
    type: "check-order",
    level: "advanced",
    topic: "edge-cases",
    format: "order",
    prompt:
      lang === "en"
        ? "A segment arrives at a socket in ESTABLISHED. Put RFC 9293 §3.10.7.4's checks in the order it makes them."
        : "一个报文段到达处于 ESTABLISHED 的套接字。请按 RFC 9293 §3.10.7.4 进行检查的先后顺序排列这些检查。",
    choices: rng.shuffle(answer),
    answer,
    explanation:
      lang === "en"
        ? "The sequence number comes first: a segment outside the window is answered with an ACK (a RST is dropped) before anything else in it is believed. Then the RST bit, security, the SYN bit, the ACK field, the URG bit, the segment text, and last the FIN bit. RFC 9293 §3.10.7.4."
        : "序号检查在最前面：窗口之外的报文段先得到一个 ACK（RST 则被丢弃），其中的其他内容都不会被采信。然后依次是 RST 位、安全级别、SYN 位、ACK 字段、URG 位、报文段数据，最后是 FIN 位。参见 RFC 9293 §3.10.7.4。",
    basis: { kind: "scenario", scenario: "forged-rst", step: 1 },
    rfc: "§3.10.7.4",
    link: stepLink("forged-rst", 0),
  };
}

/** The arrivals at which §3.10.7.4 stops before the FIN check: a refused, challenged or dropped segment. */
export function stoppedAt(trace: Pick<Trace, "steps">): Step[] {
  return trace.steps.filter(
    (s) =>
      s.checks !== null &&
      s.checks[0]?.check === "sequence" &&
      s.checks.length < CHECK_ORDER.length &&
      s.checks.at(-1)?.decides === true,
  );
}

const STOPPING: readonly CheckName[] = ["sequence", "RST", "SYN", "ACK"];

export function whichCheck(trace: Trace, step: Step, rng: Rng, lang: Lang): Question {
  const checks = step.checks ?? [];
  const answer = CHECK_TEXT[checks.at(-1)?.check as CheckName][lang];
  const before = trace.steps[step.index - 1]?.tcb[step.actor] ?? null;
  const who = say(ROLE_TEXT[step.actor], lang);
  const received = step.received?.segment;
  const window =
    before?.rcvNxt !== null && before?.rcvNxt !== undefined
      ? lang === "en"
        ? ` Its RCV.NXT is ${before.rcvNxt} and RCV.WND ${before.rcvWnd}.`
        : `它的 RCV.NXT 为 ${before.rcvNxt}，RCV.WND 为 ${before.rcvWnd}。`
      : "";
  return {
    id: `which-check:${trace.id}:${step.index + 1}`,
    type: "which-check",
    level: "advanced",
    topic: "edge-cases",
    format: "choice",
    prompt:
      lang === "en"
        ? `${say(trace.title, lang)}, step ${step.index + 1}: ${who}, in ${step.transition.from}, receives ${received ? formatSegment(received) : ""}.${window} At which of RFC 9293 §3.10.7.4's checks does it stop processing the segment?`
        : `${say(trace.title, lang)}，第 ${step.index + 1} 步：处于 ${step.transition.from} 的${who}收到 ${received ? formatSegment(received) : ""}。${window}它在 RFC 9293 §3.10.7.4 的哪一项检查处停止处理这个报文段？`,
    choices: withDistractors(
      rng,
      answer,
      STOPPING.map((c) => CHECK_TEXT[c][lang]),
    ),
    answer,
    explanation: say(step.explain, lang),
    basis: { kind: "scenario", scenario: trace.id, step: step.index + 1 },
    rfc: "§3.10.7.4",
    link: stepLink(trace.id, step.index),
  };
}
