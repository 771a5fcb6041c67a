"use client";
import type { Did, ExplainedConnection, Finding, SegmentReport } from "@/lib/capture/infer";
import { wireText } from "@/lib/capture/player";
import { useT } from "@/lib/i18n/client";
import { textLang } from "@/lib/i18n/locales";
import type { KeyIn } from "@/lib/i18n/translate";
import { seconds } from "./connection-list";

const DID_KEY: Record<Did, KeyIn<"capture">> = {
  "new data": "didNewData",
  acceptable: "didAcceptable",
  "not acceptable": "didNotAcceptable",
  duplicate: "didDuplicate",
  "out of window": "didOutOfWindow",
  retransmission: "didRetransmission",
  "challenge ACK": "didChallengeAck",
  "keep-alive": "didKeepAlive",
  "zero-window probe": "didZeroWindowProbe",
  "out of order": "didOutOfOrder",
  "duplicate ACK": "didDuplicateAck",
  "previous not captured": "didPreviousNotCaptured",
  lost: "didLost",
};

const FINDING_KEY = { rfc: "findingRfc", linux: "findingLinux", model: "findingModel" } as const;

const FINDING_LOOK: Record<Finding["kind"], string> = {
  rfc: "border-rose-600 bg-rose-50 dark:bg-rose-950/50",
  linux: "border-slate-500 bg-slate-50 dark:bg-slate-900",
  model: "border-amber-600 bg-amber-50 dark:bg-amber-950/50",
};

/** RFC 9293's section as a link: "§3.10.7.4" to its place in the RFC. */
function SectionLink({ section }: { section: string }) {
  const id = section.replace(/^§/, "").trim();
  if (!/^\d+(\.\d+)*$/.test(id)) return <span>{section}</span>;
  return (
    <a
      className="text-sky-700 underline underline-offset-2 dark:text-sky-400"
      href={`https://www.rfc-editor.org/rfc/rfc9293#section-${id}`}
      target="_blank"
      rel="noreferrer"
    >
      RFC 9293 {section}
    </a>
  );
}

/** What a segment did, as tags, and anything RFC 9293 would not have done, with the section. */
function WhatItDid({ s }: { s: SegmentReport }) {
  const t = useT("capture");
  const lang = textLang(t.locale);
  return (
    <>
      <ul className="flex flex-wrap gap-1" data-testid="segment-did">
        {s.answers !== null ? (
          <li className="rounded bg-slate-100 px-1.5 text-xs dark:bg-slate-800">
            {t("answers", { frame: s.answers })}
          </li>
        ) : null}
        {s.did.map((d) => (
          <li
            key={d}
            data-did={d}
            className={`rounded px-1.5 text-xs ${d === "lost" || d === "retransmission" ? "bg-amber-100 dark:bg-amber-900/60" : "bg-slate-100 dark:bg-slate-800"}`}
          >
            {t(DID_KEY[d])}
          </li>
        ))}
      </ul>
      {s.findings.map((f) => (
        <p
          key={`${f.kind}:${f.text.en}`}
          data-finding={f.kind}
          className={`mt-1 rounded border-l-4 px-2 py-1 text-xs ${FINDING_LOOK[f.kind]}`}
        >
          <strong>{t(FINDING_KEY[f.kind])}</strong> (<SectionLink section={f.section} />
          ): {f.text[lang]}
        </p>
      ))}
    </>
  );
}

function Numbers({ s }: { s: SegmentReport }) {
  return <code data-testid="segment-numbers">{wireText(s)}</code>;
}

function StateOf({ s, role }: { s: SegmentReport; role: "client" | "server" }) {
  const t = useT("capture");
  return s.states[role] === "unknown" ? t("unknown") : <code>{s.states[role]}</code>;
}

function ShowButton({ s, onShow }: { s: SegmentReport; onShow: (step: number) => void }) {
  const t = useT("capture");
  const step = s.arrivedAt ?? s.sentAt;
  if (step === null) return null;
  return (
    <button
      type="button"
      onClick={() => onShow(step + 1)}
      aria-label={t("showStep", { frame: s.frame })}
      className="min-h-11 min-w-11 rounded-lg border border-slate-300 px-2 text-xs font-semibold hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900"
    >
      ▶
    </button>
  );
}

type Props = { explained: ExplainedConnection; start: number; onShow: (step: number) => void };

/** Every segment with both sides' states after it: a table on a wide screen, a list of cards on a phone. */
export function SegmentTable({ explained, start, onShow }: Props) {
  const t = useT("capture");
  const id = explained.connection.id;
  return (
    <section aria-labelledby="segments-heading" className="mt-10">
      <h2 id="segments-heading" className="text-xl font-semibold">
        {t("segmentsHeading")}
      </h2>
      <table className="mt-3 w-full text-left text-sm max-sm:hidden" data-testid="capture-segments">
        <caption className="sr-only">{t("segmentsCaption", { id })}</caption>
        <thead className="border-b border-slate-300 dark:border-slate-700">
          <tr>
            {(["colFrame", "colTime", "colFrom", "colSegment", "colClient", "colServer", "colDid"] as const).map(
              (k) => (
                <th key={k} scope="col" className="py-2 pr-3">
                  {t(k)}
                </th>
              ),
            )}
            <th scope="col" className="py-2">
              <span className="sr-only">{t("showInPlayer")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {explained.segments.map((s) => (
            <tr
              key={s.frame}
              data-frame={s.frame}
              className="border-b border-slate-200 align-top dark:border-slate-800"
            >
              <td className="py-2 pr-3 tabular-nums">#{s.frame}</td>
              <td className="py-2 pr-3 tabular-nums">{seconds(s.time - start, t.locale)}</td>
              <td className="py-2 pr-3">{s.from === "client" ? t("fromClient") : t("fromServer")}</td>
              <td className="py-2 pr-3 text-xs [overflow-wrap:anywhere]">
                <Numbers s={s} />
              </td>
              {(["client", "server"] as const).map((r) => (
                <td key={r} className="py-2 pr-3 text-xs" data-state={r}>
                  <StateOf s={s} role={r} />
                </td>
              ))}
              <td className="py-2 pr-3">
                <WhatItDid s={s} />
              </td>
              <td className="py-2">
                <ShowButton s={s} onShow={onShow} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ol
        className="mt-3 space-y-3 sm:hidden"
        aria-label={t("segmentsCaption", { id })}
        data-testid="capture-segment-cards"
      >
        {explained.segments.map((s) => (
          <li
            key={s.frame}
            data-frame={s.frame}
            className="rounded-xl border border-slate-200 p-3 text-sm dark:border-slate-800"
          >
            <div className="flex items-start justify-between gap-2">
              <p>
                <span className="font-semibold tabular-nums">#{s.frame}</span>{" "}
                <span className="text-slate-600 tabular-nums dark:text-slate-400">
                  {seconds(s.time - start, t.locale)}
                </span>{" "}
                · {s.from === "client" ? t("fromClient") : t("fromServer")}
              </p>
              <ShowButton s={s} onShow={onShow} />
            </div>
            <p className="text-xs [overflow-wrap:anywhere]">
              <Numbers s={s} />
            </p>
            <dl className="mt-1 grid grid-cols-2 gap-x-3 text-xs">
              {(["client", "server"] as const).map((r) => (
                <div key={r}>
                  <dt className="text-slate-600 dark:text-slate-400">
                    {t(r === "client" ? "colClient" : "colServer")}
                  </dt>
                  <dd data-state={r}>
                    <StateOf s={s} role={r} />
                  </dd>
                </div>
              ))}
            </dl>
            <div className="mt-2">
              <WhatItDid s={s} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
