// The sentences that narrate a step, in English and Chinese, written from the step itself so that every
// number in them is the number on the wire.
import type { Step } from "./connection";
import { EVENT_TEXT, SOCKET_CALL } from "./events";

/** The abort's socket call in a Chinese sentence: an option set, then close(). */
const ABORT_ZH = "把 SO_LINGER 设为 0 后调用 close()";

import { ROLE_TEXT_OPENING } from "./roles";
import { formatSegment, hasFlag, type Segment, seqAdd } from "./segment";
import type { Text } from "./states";

type StepFacts = Omit<Step, "explain">;

function arithmetic(received: Segment | null, sent: Segment | null): Text | null {
  if (!received || !sent || sent.ack === null || hasFlag(received, "RST")) return null;
  const consumes = hasFlag(received, "SYN") ? "SYN" : hasFlag(received, "FIN") ? "FIN" : null;
  if (consumes && received.len > 0) {
    return {
      en: `ack = ${received.seq} + ${received.len} bytes + 1 for the ${consumes} = ${sent.ack}.`,
      zh: `ack = ${received.seq} + ${received.len} 字节 + ${consumes} 占用的 1 = ${sent.ack}。`,
    };
  }
  if (consumes) {
    if (sent.ack !== seqAdd(received.seq, 1)) return null;
    return {
      en: `ack = ${received.seq} + 1 = ${sent.ack}: the ${consumes} takes one sequence number.`,
      zh: `ack = ${received.seq} + 1 = ${sent.ack}：${consumes} 占用一个序号。`,
    };
  }
  if (received.len > 0 && sent.ack === seqAdd(received.seq, received.len)) {
    return {
      en: `ack = ${received.seq} + ${received.len} bytes = ${sent.ack}.`,
      zh: `ack = ${received.seq} + ${received.len} 字节 = ${sent.ack}。`,
    };
  }
  return null;
}

/** "a forged RST seq=…", "an old duplicate SYN seq=…", or the segment as it is. */
function arrived(received: NonNullable<Step["received"]>): Text {
  const label = formatSegment(received.segment);
  if (received.origin === "forged") return { en: `a forged ${label}`, zh: `一个伪造的 ${label}` };
  if (received.origin === "old duplicate")
    return { en: `an old duplicate ${label}`, zh: `一个旧的重复报文段 ${label}` };
  return { en: label, zh: ` ${label}` };
}

export function explainStep(step: StepFacts): Text {
  const { transition: t, actor, received, segment } = step;
  const who = ROLE_TEXT_OPENING[actor];
  const moved = t.from !== t.to;

  const what: Text = step.call
    ? {
        en: `calls ${step.call}`,
        zh: step.event === "ABORT" && step.call === SOCKET_CALL.ABORT ? ABORT_ZH : `调用 ${step.call}`,
      }
    : received
      ? { en: `receives ${arrived(received).en}`, zh: `收到${arrived(received).zh}` }
      : EVENT_TEXT[step.event];

  const where: Text = moved
    ? { en: `moves from ${t.from} to ${t.to}`, zh: `从 ${t.from} 进入 ${t.to}` }
    : { en: `stays in ${t.from}`, zh: `保持 ${t.from} 状态` };

  let sends: Text = { en: "", zh: "" };
  if (segment) {
    sends = step.lost
      ? {
          en: ` and sends ${formatSegment(segment)}, which is lost on the way`,
          zh: `，发送 ${formatSegment(segment)}，但它在途中丢失了`,
        }
      : { en: ` and sends ${formatSegment(segment)}`, zh: `，发送 ${formatSegment(segment)}` };
  } else if (step.ackDelayed) {
    sends = {
      en: " and holds its ACK back, to send it with its next segment",
      zh: "，并暂缓发送 ACK，准备让它搭载在下一个报文段上",
    };
  }

  // A timer or a reboot is not something the side does: "The server's retransmission timer expires: it stays in
  // LAST-ACK...".
  const happens = step.event.startsWith("timeout=") || step.event === "reboot";
  const first: Text = happens
    ? {
        en: `${who.en}'s ${what.en.replace(/^its /, "")}: it ${where.en}${sends.en}.`,
        zh: `${who.zh}${what.zh.replace(/^它的/, "的").replace(/^它所在的/, "所在的")}，${where.zh}${sends.zh}。`,
      }
    : { en: `${who.en} ${what.en}, ${where.en}${sends.en}.`, zh: `${who.zh}${what.zh}，${where.zh}${sends.zh}。` };
  const sentences: Text[] = [first];
  const maths = arithmetic(received?.segment ?? null, segment);
  if (maths) sentences.push(maths);
  sentences.push(t.why);
  if (step.event === "timeout=RTO" && step.rto[actor] !== null) {
    sentences.push({
      en: `The timer now runs for ${step.rto[actor]} s.`,
      zh: `计时器现在的超时时间为 ${step.rto[actor]} 秒。`,
    });
  }
  if (t.linux) sentences.push({ en: `Linux: ${t.linux.why.en}`, zh: `Linux：${t.linux.why.zh}` });
  if (step.note) sentences.push(step.note);
  return { en: sentences.map((s) => s.en).join(" "), zh: sentences.map((s) => s.zh).join("") };
}
