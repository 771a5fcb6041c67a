import { randomInt } from "node:crypto";
import type { Metadata } from "next";
import { MockInterview } from "@/components/interview/mock-interview";
import { PageHeader } from "@/components/ui/page-header";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";
import { BANK } from "@/lib/interview";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("interview");
  return { title: t("mockTitle") };
}

const LENGTH = 8;

/** Eight questions from the bank in a fresh order each time. */
export default async function MockInterviewPage() {
  const t = await getT("interview");
  const order = [...BANK];
  for (let i = order.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [order[i], order[j]] = [order[j] as (typeof BANK)[number], order[i] as (typeof BANK)[number]];
  }
  return (
    <div>
      <PageHeader eyebrow={t("title")} title={t("mockTitle")} lead={t("mockLead")} />
      <ClientMessages namespaces={["interview"]}>
        <MockInterview questions={order.slice(0, LENGTH)} />
      </ClientMessages>
    </div>
  );
}
