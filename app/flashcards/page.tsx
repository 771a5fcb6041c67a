import type { Metadata } from "next";
import { AreaNotReady } from "@/components/layout/area-not-ready";
import { area } from "@/components/layout/areas";

export const metadata: Metadata = { title: "Flashcards" };

export default function FlashcardsPage() {
  return (
    <AreaNotReady
      area={area("/flashcards")}
      plans={[
        "Cards for every transition, state and name spelling, generated from the model.",
        "FSRS scheduling (the algorithm Anki uses): rate Again, Hard, Good or Easy from the keyboard and see the next interval.",
        "A dashboard that colours the state diagram by how well you know each arc, and exports to Anki.",
      ]}
    />
  );
}
