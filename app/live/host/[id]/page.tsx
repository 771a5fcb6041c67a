import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JoinQr } from "@/components/classes/join-code-card";
import { HostScreen } from "@/components/live/host-screen";
import { currentCaller } from "@/lib/auth/current-learner";
import { showCode } from "@/lib/classes/rules/join-code";
import { findLiveSession } from "@/lib/db";
import { liveLinkFor, onlyThisComputer } from "@/lib/http/join-link";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";
import { hostView } from "@/lib/live";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("live");
  return { title: t("title") };
}

/** The host's screen of a live session: for the account that opened it; anyone else gets a 404. */
export default async function HostPage({ params }: Props) {
  const [{ id }, caller, t] = await Promise.all([params, currentCaller(), getT("live")]);
  if (!caller?.user || id.length > 40) notFound();
  const record = await findLiveSession(id);
  if (!record || record.hostUserId !== caller.user.id) notFound();
  const link = await liveLinkFor(record.joinCode);
  return (
    <div>
      <h1 className="sr-only">{t("hostTitle", { code: showCode(record.joinCode) })}</h1>
      <ClientMessages namespaces={["live", "learn"]}>
        <HostScreen
          id={id}
          code={showCode(record.joinCode)}
          link={link}
          warning={onlyThisComputer(link) ? t("onlyThisComputer") : null}
          qr={<JoinQr link={link} label={t("qrLabel", { link })} className="size-full" />}
          initial={hostView(record.session)}
        />
      </ClientMessages>
    </div>
  );
}
