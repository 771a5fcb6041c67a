import { randomInt } from "node:crypto";
import type { Metadata } from "next";
import { MockInterview } from "@/components/interview/mock-interview";
import { PageHeader } from "@/components/ui/page-header";
import { BANK } from "@/lib/interview";

export const metadata: Metadata = { title: "Mock interview" };

const LENGTH = 8;

/** Eight questions from the bank in a fresh order each time. */
export default function MockInterviewPage() {
  const order = [...BANK];
  for (let i = order.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [order[i], order[j]] = [order[j] as (typeof BANK)[number], order[i] as (typeof BANK)[number]];
  }
  return (
    <div>
      <PageHeader
        eyebrow="Interview prep"
        title="Mock interview"
        lead="Eight questions, one at a time. Take two minutes to think (or write), reveal the model answer, and rate yourself honestly: the weak ones go into your flashcards."
      />
      <MockInterview questions={order.slice(0, LENGTH)} />
    </div>
  );
}
