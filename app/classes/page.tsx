import type { Metadata } from "next";
import { AreaNotReady } from "@/components/layout/area-not-ready";
import { area } from "@/components/layout/areas";

export const metadata: Metadata = { title: "Classes" };

export default function ClassesPage() {
  return (
    <AreaNotReady
      area={area("/classes")}
      plans={[
        "Teachers create a class and share a join code; students join with it.",
        "Assign a generated quiz with a due date, a time limit and one seed per student so neighbours cannot copy.",
        "See results per student and per question, and export grades as CSV or the quiz as Moodle GIFT.",
      ]}
    />
  );
}
