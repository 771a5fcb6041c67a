import type { Metadata } from "next";
import { AreaNotReady } from "@/components/layout/area-not-ready";
import { area } from "@/components/layout/areas";

export const metadata: Metadata = { title: "Quiz" };

export default function QuizPage() {
  return (
    <AreaNotReady
      area={area("/quiz")}
      plans={[
        "Generate questions from the state machine: next state, segment sent, seq/ack arithmetic, ordering steps, naming (ss, netstat, Linux).",
        "Check each answer, explain it with the RFC section, and link to the animated step that shows it.",
        "Remember your answers in this browser's profile so you can see what to practise next.",
      ]}
    />
  );
}
