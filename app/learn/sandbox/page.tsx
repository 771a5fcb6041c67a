import type { Metadata } from "next";
import { Sandbox } from "@/components/animation/sandbox";
import { BackToLearn } from "@/components/learn/back-to-learn";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { encodeMoves, replay, replayProblemMessage, type Start } from "@/lib/animation";
import { textLang } from "@/lib/i18n/locales";
import { ClientMessages } from "@/lib/i18n/provider";
import { getGlobalT, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("learn");
  return { title: t("sandboxTitle") };
}

type Props = { searchParams: Promise<{ start?: string | string[]; moves?: string | string[] }> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The sandbox. Its moves live in the address (`?start=closed&moves=sL.cC`), so a session survives a reload. */
export default async function SandboxPage({ searchParams }: Props) {
  const [query, t, gt] = await Promise.all([searchParams, getT("learn"), getGlobalT()]);
  const asked = first(query.start);
  const start: Start = asked === "established" ? "established" : "closed";
  const problems: string[] = [];
  if (asked !== undefined && asked !== "closed" && asked !== "established") {
    problems.push(t("badStart", { start: asked.slice(0, 20) }));
  }
  const replayed = replay(start, first(query.moves) ?? "");
  if (replayed.problem) problems.push(gt.msg(replayProblemMessage(replayed.problem, textLang(t.locale))));

  return (
    <div>
      <PageHeader eyebrow={t("sandboxEyebrow")} title={t("sandboxTitle")} lead={t.rich("sandboxLead")} />
      {problems.map((p) => (
        <Notice key={p}>{p}</Notice>
      ))}
      <ClientMessages namespaces={["learn"]}>
        <Sandbox start={start} moves={encodeMoves(replayed.moves)} />
      </ClientMessages>
      <BackToLearn />
    </div>
  );
}
