import type { Metadata } from "next";
import { CaptureExplorer } from "@/components/capture/capture-explorer";
import { PageHeader } from "@/components/ui/page-header";
import { SAMPLES } from "@/lib/capture/samples";
import { textLang } from "@/lib/i18n/locales";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("capture");
  return { title: t("title") };
}

/** A learner's own capture explained: read in the browser, nothing uploaded. `?sample=` opens a sample. */
export default async function CapturePage() {
  const t = await getT("capture");
  const lang = textLang(t.locale);
  const samples = SAMPLES.map((s) => ({ file: s.file, title: s.title[lang], summary: s.summary[lang] }));
  return (
    <div>
      <PageHeader eyebrow={t("eyebrow")} title={t("title")} lead={t("lead")} />
      <ClientMessages namespaces={["capture", "learn"]}>
        <CaptureExplorer samples={samples} />
      </ClientMessages>
    </div>
  );
}
