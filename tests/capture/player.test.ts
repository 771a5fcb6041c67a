import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connectionsOf } from "@/lib/capture/connections";
import { explainConnection } from "@/lib/capture/infer";
import { capturePace, captureRows, relativeConnection } from "@/lib/capture/player";
import { captureQuestions } from "@/lib/capture/quiz";
import { readCapture } from "@/lib/capture/read";
import { SAMPLES } from "@/lib/capture/samples";

const sample = (file: string) => {
  const { packets } = readCapture(readFileSync(path.join(import.meta.dirname, "../../public/captures", file)));
  const [c] = connectionsOf(packets);
  if (!c) throw new Error(`${file} has no connection`);
  return c;
};

describe("a capture in the player", () => {
  it("relative numbers count from each side's ISN, as Wireshark shows them, and play the same states", () => {
    const c = sample("handshake-data-client-close.pcap");
    const absolute = explainConnection(c);
    const relative = explainConnection(relativeConnection(c));
    expect(relative.segments.slice(0, 3).map((s) => [s.flags, s.seq, s.ack])).toEqual([
      ["SYN", 0, null],
      ["SYN,ACK", 0, 1],
      ["ACK", 1, 1],
    ]);
    expect(relative.segments.map((s) => s.states)).toEqual(absolute.segments.map((s) => s.states));
  });

  it("each row names the frames its step received and sent", () => {
    const rows = captureRows(explainConnection(sample("handshake-data-client-close.pcap")));
    expect(rows[0]?.label).toBe("#1 connect()");
    expect(rows[1]?.label).toBe("#1→#2 rcv SYN");
  });

  it("the capture's pace: a time for every frame of the player, kept between 0.7 s and 5 s", () => {
    for (const { file } of SAMPLES) {
      const x = explainConnection(sample(file));
      const pace = capturePace(x);
      expect(pace).toHaveLength(x.steps.length + 1);
      for (const ms of pace) expect(ms >= 700 && ms <= 5000).toBe(true);
    }
    // The lost SYN waits a second for its retransmission: that gap is the longest of the connection.
    const lostSyn = explainConnection(sample("lost-syn.pcap"));
    const pace = capturePace(lostSyn);
    expect(Math.max(...pace)).toBe(pace[1]);
  });
});

describe("quiz me on a capture", () => {
  it("every question's answer is the state the model's step led to, among four different states", () => {
    for (const { file } of SAMPLES) {
      const x = explainConnection(sample(file));
      for (const q of captureQuestions(x)) {
        const step = x.steps[q.step];
        expect(step?.transition.to).toBe(q.answer);
        expect(step?.actor).toBe(q.side);
        expect(new Set(q.choices).size).toBe(4);
        expect(q.choices.filter((c) => c === q.answer)).toHaveLength(1);
        const report = x.segments.find((s) => s.frame === q.frame);
        expect(report?.findings).toEqual([]);
      }
    }
  });

  it("asks about the moments a state changes: the handshake's first questions are SYN-SENT and SYN-RECEIVED", () => {
    const qs = captureQuestions(explainConnection(sample("handshake-data-client-close.pcap")));
    expect(qs.slice(0, 2).map((q) => [q.side, q.answer])).toEqual([
      ["client", "SYN-SENT"],
      ["server", "SYN-RECEIVED"],
    ]);
    expect(qs[0]?.prompt.en).toContain("#1 (SYN)");
    expect(qs[0]?.prompt.zh).toBe("客户端处于 CLOSED，发送了帧 #1（SYN）。发送之后它处于什么状态？");
    expect(qs[1]?.prompt.zh).toBe("帧 #1（SYN）到达服务器，此时服务器处于 LISTEN。处理完之后服务器处于什么状态？");
  });
});
