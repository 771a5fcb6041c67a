import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { JoinForm } from "@/components/live/join-form";
import { PlayerScreen } from "@/components/live/player-screen";
import { PageHeader } from "@/components/ui/page-header";
import { currentCaller } from "@/lib/auth/current-learner";
import { normalizeCode, showCode } from "@/lib/classes/rules/join-code";
import { findLiveSessionByCode } from "@/lib/db";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";
import { findPlayer, playerView } from "@/lib/live";
import { isLiveSecret, LIVE_COOKIE, rejoinKeyOf } from "@/lib/live-class/keys";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("live");
  return { title: t("playerTitle") };
}

/**
 * A live session on a student's phone, by its join code (the QR code's link): the nickname form until this browser
 * (or this account) is in the session, then the session as it is, with the answers given and the score.
 */
export default async function PlayerPage({ params }: Props) {
  const [{ code: typed }, caller, jar, t] = await Promise.all([params, currentCaller(), cookies(), getT("live")]);
  const code = normalizeCode(typed);
  const record = code ? await findLiveSessionByCode(code) : null;
  if (!record || !code) notFound();
  const secret = jar.get(LIVE_COOKIE)?.value;
  const session = record.session;
  const player =
    (isLiveSecret(secret) ? findPlayer(session, { rejoinKey: rejoinKeyOf(session.id, secret) }) : null) ??
    (caller?.user ? findPlayer(session, { userId: caller.user.id }) : null);
  const view = player ? playerView(session, player.id, Date.now()) : null;
  return (
    <ClientMessages namespaces={["live"]}>
      {view ? (
        <PlayerScreen id={session.id} initial={view} />
      ) : (
        <div className="mx-auto max-w-xl">
          <PageHeader title={t("joinTitle", { code: showCode(code) })} lead={t("joinLead")} />
          <JoinForm code={code} name={caller?.user?.name} />
        </div>
      )}
    </ClientMessages>
  );
}
