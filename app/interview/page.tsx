import type { Metadata } from "next";
import { AreaNotReady } from "@/components/layout/area-not-ready";
import { area } from "@/components/layout/areas";

export const metadata: Metadata = { title: "Interview prep" };

export default function InterviewPage() {
  return (
    <AreaNotReady
      area={area("/interview")}
      plans={[
        "The classic questions: why three segments to open and four to close, which side waits in TIME-WAIT and why for 2MSL, SYN floods, half-close, RST versus FIN.",
        "Model answers short enough to say aloud, each with a part that goes deeper and its RFC 9293 section.",
        "A timed mock interview, with the answers you rate weak sent to your flashcards.",
      ]}
      available={[
        {
          href: "/interview/cheat-sheet",
          title: "Cheat sheet",
          summary: "the handshake and the teardown on one printable page, generated from the model.",
        },
      ]}
    />
  );
}
