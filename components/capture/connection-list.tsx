"use client";
import type { RefObject } from "react";
import { beganAt, type CapturedConnection } from "@/lib/capture/connections";
import type { CaptureStats } from "@/lib/capture/read";
import { useT } from "@/lib/i18n/client";
import { size } from "./capture-explorer";

const ENDING_KEY = { FIN: "endingFIN", RST: "endingRST", open: "endingOpen" } as const;

/** "0.215", seconds with the precision a capture's timestamps have, in the reader's language. */
export function seconds(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3, minimumFractionDigits: 3 }).format(value);
}

type Props = {
  name: string;
  stats: CaptureStats;
  connections: CapturedConnection[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  onOpen: (id: number) => void;
};

/** The capture's connections, one row each: endpoints, segments, duration, bytes each way and how it ended. */
export function ConnectionList({ name, stats, connections, headingRef, onOpen }: Props) {
  const t = useT("capture");
  return (
    <section aria-labelledby="connections-heading" className="mt-8">
      <h2 id="connections-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
        {t("loadedHeading", { count: connections.length, name })}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" data-testid="capture-stats">
        {t("statsLine", { packets: stats.packets, tcp: stats.tcp, skipped: stats.skipped, cut: stats.cut })}
      </p>
      {connections.length === 0 ? (
        <p className="mt-4 rounded-xl border border-amber-600 bg-amber-50 p-4 dark:bg-amber-950/50">{t("noTcp")}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm" data-testid="capture-connections">
            <caption className="sr-only">{t("connectionsCaption")}</caption>
            <thead className="border-b border-slate-300 dark:border-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("colConnection")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("colEndpoints")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("colSegments")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("colDuration")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("colBytes")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("colEnding")}
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">{t("open")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {connections.map((c) => (
                <tr key={c.id} className="border-b border-slate-200 dark:border-slate-800" data-connection={c.id}>
                  <td className="py-2 pr-3 tabular-nums">{c.id}</td>
                  <td className="py-2 pr-3 text-xs break-all">
                    <code>
                      {c.client} → {c.server}
                    </code>
                    {c.fromStart ? null : (
                      <span className="ml-2 font-sans text-amber-800 dark:text-amber-300">
                        {beganAt(c) === "SYN,ACK" ? t("synNotCaptured") : t("beganBefore")}
                      </span>
                    )}
                  </td>
                  <td className="py-2 pr-3 text-right tabular-nums">{c.segments.length}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">
                    {t("seconds", { value: seconds(c.end - c.start, t.locale) })}
                  </td>
                  <td className="py-2 pr-3 text-right tabular-nums">
                    {size(c.bytes.client, t.locale)} / {size(c.bytes.server, t.locale)}
                  </td>
                  <td className="py-2 pr-3" data-ending={c.ending}>
                    {t(ENDING_KEY[c.ending])}
                  </td>
                  <td className="py-2">
                    <button
                      type="button"
                      onClick={() => onOpen(c.id)}
                      aria-label={t("openConnection", { id: c.id })}
                      className="min-h-11 rounded-lg border border-sky-700 px-3 font-semibold text-sky-800 hover:bg-sky-50 dark:border-sky-500 dark:text-sky-300 dark:hover:bg-sky-950"
                    >
                      {t("open")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
