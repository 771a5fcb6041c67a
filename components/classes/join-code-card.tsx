import Link from "next/link";
import { CopyButton } from "@/components/ui/copy-button";
import { showCode } from "@/lib/classes/rules/join-code";
import { onlyThisComputer, qrSvg } from "@/lib/http/join-link";
import { ClientMessages } from "@/lib/i18n/provider";
import type { Translator } from "@/lib/i18n/translate";
import { RotateCodeButton } from "./class-forms";

/** The QR code of a link, drawn on the server (lib/http/join-link.ts), always dark on white so cameras read it. */
export async function JoinQr({ link, label, className }: { link: string; label: string; className: string }) {
  const svg = await qrSvg(link);
  return (
    <div
      role="img"
      aria-label={label}
      data-testid="join-qr"
      className={`rounded-lg bg-white p-1 [&>svg]:h-full [&>svg]:w-full ${className}`}
      // The markup is the qrcode package's own drawing of the link (an <svg> of two paths), not text from anyone.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: see above.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}

/** The teacher's join code: to read out, copy, scan, show full screen, or replace. */
export async function JoinCodeCard({
  classId,
  code,
  link,
  expires,
  t,
}: {
  classId: string;
  code: string;
  link: string;
  expires: string;
  t: Translator<"classes">;
}) {
  const shown = showCode(code);
  return (
    <section
      aria-labelledby="code-heading"
      className="grid max-w-3xl gap-5 rounded-xl border border-slate-200 p-5 sm:grid-cols-[minmax(0,1fr)_10rem] dark:border-slate-800"
    >
      <div className="space-y-3">
        <h2 id="code-heading" className="text-lg font-semibold">
          {t("codeHeading")}
        </h2>
        <p className="font-mono text-4xl font-bold tracking-widest" data-testid="join-code">
          {shown}
        </p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t.rich("codeHelp", {
            link,
            date: expires,
            url: (c) => (
              <code className="break-all font-mono" data-testid="join-link">
                {c}
              </code>
            ),
          })}
        </p>
        {onlyThisComputer(link) ? (
          <p className="text-sm text-amber-800 dark:text-amber-300" data-testid="localhost-hint">
            {t("qrLocalhost")}
          </p>
        ) : null}
        <ClientMessages namespaces={["classes"]}>
          <div className="flex flex-wrap items-center gap-3">
            <CopyButton text={shown} label={t("copyCode")} copied={t("copied")} failed={t("copyFailed")} />
            <CopyButton text={link} label={t("copyLink")} copied={t("copied")} failed={t("copyFailed")} />
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <Link
              className="font-semibold text-sky-700 underline underline-offset-2 dark:text-sky-400"
              href={`/classes/${classId}/share`}
            >
              {t("showToClass")}
            </Link>
            <RotateCodeButton classId={classId} />
          </div>
        </ClientMessages>
      </div>
      <div className="space-y-2">
        <JoinQr link={link} label={t("qrLabel", { link })} className="mx-auto h-40 w-40" />
        <p className="text-center text-xs text-slate-600 dark:text-slate-400">{t("qrHelp")}</p>
      </div>
    </section>
  );
}
