import type { Metadata } from "next";
import { AreaNotReady } from "@/components/layout/area-not-ready";
import { area } from "@/components/layout/areas";

export const metadata: Metadata = { title: "Learn" };

export default function LearnPage() {
  return (
    <AreaNotReady
      area={area("/learn")}
      plans={[
        "Play each scenario — handshake, teardown, simultaneous open and close, half-close, lost ACKs, RST — as a sequence diagram with both endpoints' states.",
        "Show every segment with its flags and seq/ack numbers, and light up the arc taken on the RFC 9293 state diagram.",
        "Let you drive a connection yourself: choose what each side does next and see how TCP answers.",
      ]}
    />
  );
}
