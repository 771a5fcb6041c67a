"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui/buttons";
import type { CapturedConnection } from "@/lib/capture/connections";
import { problemText } from "@/lib/capture/errors";
import type { CaptureStats } from "@/lib/capture/read";
import { useT } from "@/lib/i18n/client";
import { textLang } from "@/lib/i18n/locales";
import type { WorkerReply } from "./capture.worker";
import { ConnectionList } from "./connection-list";
import { ConnectionView } from "./connection-view";

export type SampleItem = { file: string; title: string; summary: string };

type Phase =
  | { kind: "idle" }
  | { kind: "reading"; name: string; bytes: number; total: number }
  | { kind: "problem"; name: string; text: string }
  | { kind: "loaded"; name: string; sample: string | null; stats: CaptureStats; connections: CapturedConnection[] };

/** The address of what is open, for a sample (a learner's own file cannot be opened again from an address). */
function remember(sample: string | null, connection: number | null) {
  const url = new URL(window.location.href);
  url.searchParams.delete("step");
  if (sample) url.searchParams.set("sample", sample);
  else url.searchParams.delete("sample");
  if (sample && connection !== null) url.searchParams.set("connection", String(connection));
  else url.searchParams.delete("connection");
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url);
}

/** Opening a capture (a file of one's own, or a sample), reading it on a worker thread, and what it holds. */
export function CaptureExplorer({ samples }: { samples: SampleItem[] }) {
  const t = useT("capture");
  const lang = textLang(t.locale);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [openId, setOpenId] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  const worker = useRef<Worker | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const read = useCallback(
    (file: Blob, name: string, sample: string | null, thenOpen: number | null = null) => {
      worker.current?.terminate();
      const w = new Worker(new URL("./capture.worker.ts", import.meta.url), { type: "module" });
      worker.current = w;
      setOpenId(null);
      setPhase({ kind: "reading", name, bytes: 0, total: file.size });
      const failed = () => {
        setPhase({ kind: "problem", name, text: t("workerFailed", { name }) });
        w.terminate();
      };
      w.onerror = failed;
      w.onmessage = (e: MessageEvent<WorkerReply>) => {
        const m = e.data;
        if (m.type === "progress") {
          setPhase((p) => (p.kind === "reading" ? { ...p, bytes: m.bytes } : p));
          return;
        }
        w.terminate();
        if (m.type === "failed") return failed();
        const a = m.analysis;
        if (!a.ok) {
          setPhase({ kind: "problem", name, text: problemText(a.problem)[lang] });
          remember(null, null);
          return;
        }
        setPhase({ kind: "loaded", name, sample, stats: a.stats, connections: a.connections });
        const open = a.connections.some((c) => c.id === thenOpen) ? thenOpen : null;
        setOpenId(open);
        remember(sample, open);
      };
      w.postMessage({ file });
    },
    [t, lang],
  );

  const openSample = useCallback(
    async (file: string, thenOpen: number | null = null) => {
      const response = await fetch(`/captures/${encodeURIComponent(file)}`).catch(() => null);
      if (!response?.ok) {
        setPhase({
          kind: "problem",
          name: file,
          text: t("sampleFailed", { name: file, status: response?.status ?? "—" }),
        });
        return;
      }
      read(await response.blob(), file, file, thenOpen);
    },
    [read, t],
  );

  // A sample named in the address opens by itself, so a link shows a classmate the same connection.
  useEffect(() => {
    const params = new URL(window.location.href).searchParams;
    const sample = params.get("sample");
    const connection = Number(params.get("connection"));
    if (sample && samples.some((s) => s.file === sample)) {
      void openSample(sample, Number.isInteger(connection) && connection > 0 ? connection : null);
    }
    return () => worker.current?.terminate();
  }, [openSample, samples]);

  const pick = (files: FileList | null) => {
    const file = files?.[0];
    if (file) read(file, file.name, null);
  };

  const loaded = phase.kind === "loaded" ? phase : null;
  const open = loaded?.connections.find((c) => c.id === openId) ?? null;

  useEffect(() => {
    if (phase.kind === "loaded" || phase.kind === "problem") heading.current?.focus();
  }, [phase.kind]);

  if (loaded && open) {
    return (
      <ConnectionView
        key={`${loaded.name}:${open.id}`}
        connection={open}
        onBack={() => {
          setOpenId(null);
          remember(loaded.sample, null);
        }}
      />
    );
  }

  return (
    <div>
      {/* Where a file can be dropped; the file input inside it is what a keyboard or a screen reader uses. */}
      <section
        aria-label={t("pick")}
        data-testid="capture-drop"
        data-dragging={dragging}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        // Leaving for one of its own children is no leaving: only off the zone itself does the highlight go.
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          pick(e.dataTransfer.files);
        }}
        className="rounded-xl border-2 border-dashed border-slate-300 p-6 text-center data-[dragging=true]:border-sky-600 data-[dragging=true]:bg-sky-50 dark:border-slate-700 dark:data-[dragging=true]:bg-sky-950/40"
      >
        <label className={`${PRIMARY_BUTTON} cursor-pointer focus-within:outline-2 focus-within:outline-offset-2`}>
          {t("pick")}
          <input
            ref={input}
            type="file"
            accept=".pcap,.pcapng,.cap,.dmp,application/vnd.tcpdump.pcap"
            className="sr-only"
            data-testid="capture-file"
            onChange={(e) => {
              pick(e.target.files);
              e.target.value = "";
            }}
          />
        </label>
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{dragging ? t("dropHere") : t("pickHint")}</p>
        <p className="mt-2 text-sm font-medium text-emerald-800 dark:text-emerald-300" data-testid="capture-privacy">
          {t("privacy")}
        </p>
      </section>

      <div aria-live="polite" className="mt-6">
        {phase.kind === "reading" ? (
          <div data-testid="capture-reading">
            <p className="font-medium">{t("reading", { name: phase.name })}</p>
            <progress
              className="mt-2 w-full accent-sky-700"
              max={phase.total}
              value={phase.bytes}
              aria-label={t("reading", { name: phase.name })}
            />
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {t("readingProgress", { done: size(phase.bytes, t.locale), total: size(phase.total, t.locale) })}
            </p>
          </div>
        ) : null}
        {phase.kind === "problem" ? (
          <div role="alert" className="rounded-xl border border-rose-600 bg-rose-50 p-4 dark:bg-rose-950/50">
            <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold">
              {t("problemHeading", { name: phase.name })}
            </h2>
            <p className="mt-1" data-testid="capture-problem">
              {phase.text}
            </p>
            <button type="button" className={`${SECONDARY_BUTTON} mt-3`} onClick={() => input.current?.click()}>
              {t("chooseAnother")}
            </button>
          </div>
        ) : null}
      </div>

      {loaded ? (
        <ConnectionList
          name={loaded.name}
          stats={loaded.stats}
          connections={loaded.connections}
          headingRef={heading}
          onOpen={(id) => {
            setOpenId(id);
            remember(loaded.sample, id);
            window.scrollTo({ top: 0 });
          }}
        />
      ) : null}

      <section aria-labelledby="samples-heading" className="mt-10">
        <h2 id="samples-heading" className="text-xl font-semibold">
          {t("samplesHeading")}
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("samplesLead")}</p>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {samples.map((s) => (
            <li key={s.file} className="flex flex-col rounded-xl border border-slate-200 p-4 dark:border-slate-800">
              <h3 className="font-semibold">{s.title}</h3>
              <p className="mt-1 flex-1 text-sm text-slate-600 dark:text-slate-400">{s.summary}</p>
              <button
                type="button"
                className={`${SECONDARY_BUTTON} mt-3 min-h-11 self-start`}
                onClick={() => void openSample(s.file)}
                aria-label={`${t("openSample")}: ${s.title}`}
                data-sample={s.file}
              >
                {t("openSample")}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** "1.2 MB": bytes in the units capture tools print, the number in the reader's language. */
export function size(bytes: number, locale: string): string {
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${units[unit]}`;
}
