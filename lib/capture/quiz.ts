// "Quiz me on this capture": questions about the learner's own connection, generated from the model's explanation
// of it. Each asks which state a side is in after one of the capture's segments, at a step where that side's state
// changed, and only where the model explained the segment without a finding: there the answer is RFC 9293's, with
// no reading to dispute.
import { type Role, STATES, type State, type Text, transitionsFrom } from "@/lib/tcp";
import type { ExplainedConnection } from "./infer";

export type CaptureQuestion = {
  /** The step the question is about (0-based), which the player shows for the answer. */
  step: number;
  frame: number;
  side: Role;
  prompt: Text;
  /** Four states, in RFC 9293's order, one of them the answer. */
  choices: State[];
  answer: State;
  explanation: Text;
};

const SIDE: Record<Role, Text> = { client: { en: "client", zh: "客户端" }, server: { en: "server", zh: "服务器" } };

/** The states a learner could mistake for `answer` after `from`: where `from` leads otherwise, then its neighbours. */
function distractors(from: State, answer: State): State[] {
  const near = [from, ...transitionsFrom(from).map((t) => t.to)];
  const index = STATES.indexOf(answer);
  const around = [...STATES].sort((a, b) => Math.abs(STATES.indexOf(a) - index) - Math.abs(STATES.indexOf(b) - index));
  const picked: State[] = [];
  for (const s of [...near, ...around]) {
    if (s !== answer && !picked.includes(s)) picked.push(s);
    if (picked.length === 3) break;
  }
  return picked;
}

/** Up to `max` questions, in the capture's order. */
export function captureQuestions(x: ExplainedConnection, max = 10): CaptureQuestion[] {
  const questions: CaptureQuestion[] = [];
  for (const s of x.segments) {
    if (questions.length >= max) break;
    if (s.findings.length > 0 || s.states.client === "unknown" || s.states.server === "unknown") continue;
    for (const [at, kind] of [
      [s.sentAt, "sent"],
      [s.arrivedAt, "arrived"],
    ] as const) {
      // Held beyond RCV.NXT, it is processed later than it arrived: "once it arrives" would have two answers.
      if (at === null || (kind === "arrived" && s.did.includes("out of order"))) continue;
      const step = x.steps[at];
      if (!step || step.transition.from === step.transition.to || questions.some((q) => q.step === at)) continue;
      const side = step.actor;
      const { from, to } = step.transition;
      const who = SIDE[side];
      const what = `#${s.frame} (${s.flags})`;
      const whatZh = `帧 #${s.frame}（${s.flags}）`;
      const prompt: Text =
        kind === "sent"
          ? {
              en: `The ${who.en} is in ${from} and sends frame ${what}. What state is it in once it has sent it?`,
              zh: `${who.zh}处于 ${from}，发送了${whatZh}。发送之后它处于什么状态？`,
            }
          : {
              en: `Frame ${what} arrives at the ${who.en}, which is in ${from}. What state is the ${who.en} in once it has processed it?`,
              zh: `${whatZh}到达${who.zh}，此时${who.zh}处于 ${from}。处理完之后${who.zh}处于什么状态？`,
            };
      const choices = [to, ...distractors(from, to)].sort((a, b) => STATES.indexOf(a) - STATES.indexOf(b));
      questions.push({ step: at, frame: s.frame, side, prompt, choices, answer: to, explanation: step.explain });
    }
  }
  return questions.slice(0, max);
}
