"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { ScenarioPlayer } from "@/components/animation/scenario-player";
import { framesOf } from "@/lib/animation";
import { beganAt, type CapturedConnection } from "@/lib/capture/connections";
import { explainConnection } from "@/lib/capture/infer";
import { capturePace, captureRows, type Numbering, relativeConnection } from "@/lib/capture/player";
import { useT } from "@/lib/i18n/client";
import { CaptureQuiz } from "./capture-quiz";
import { seconds } from "./connection-list";
import { SegmentTable } from "./segment-table";

/** The most segments the player and the table show: beyond that a page is no way to read a connection. */
export const SHOWN_SEGMENTS = 500;

/** An endpoint kept whole where it fits, so a heading breaks between the two and not inside one. */
function Address({ children }: { children: React.ReactNode }) {
  return (
    <code className="font-mono whitespace-nowrap max-sm:whitespace-normal max-sm:[overflow-wrap:anywhere]">
      {children}
    </code>
  );
}

type Props = { connection: CapturedConnection; onBack: () => void };

/** One captured connection: played in the player, every segment in a table, and a quiz on it. */
export function ConnectionView({ connection, onBack }: Props) {
  const t = useT("capture");
  const [numbering, setNumbering] = useState<Numbering>("relative");
  const [paced, setPaced] = useState(false);
  const [jump, setJump] = useState({ step: 0, n: 0 });
  const player = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const shown = useMemo(
    () => ({ ...connection, segments: connection.segments.slice(0, SHOWN_SEGMENTS) }),
    [connection],
  );
  const explained = useMemo(
    () => ({ absolute: explainConnection(shown), relative: explainConnection(relativeConnection(shown)) }),
    [shown],
  );
  const x = explained[numbering];
  const view = useMemo(
    () => ({
      rows: captureRows(x),
      frames: framesOf(x.beginning, x.steps),
      pace: capturePace(x),
    }),
    [x],
  );
  const flagged = x.segments.filter((s) => s.findings.length > 0).length;

  useEffect(() => heading.current?.focus(), []);

  const show = (step: number) => {
    setJump((j) => ({ step, n: j.n + 1 }));
    // The focus goes back to the page, where the player's keys (Space, the arrows) work at once.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    player.current?.scrollIntoView({ block: "start" });
  };

  const isn = (value: number | null) => (value === null ? t("isnUnknown") : String(value));
  return (
    <div>
      <button
        type="button"
        onClick={onBack}
        className="min-h-11 rounded-lg px-2 text-sm font-semibold text-sky-800 underline underline-offset-2 dark:text-sky-300"
      >
        ← {t("allConnections")}
      </button>
      <h2 ref={heading} tabIndex={-1} className="mt-2 text-2xl font-semibold focus:outline-none">
        {t.rich("connectionHeading", {
          id: connection.id,
          client: connection.client,
          server: connection.server,
          addr: (text) => <Address>{text}</Address>,
        })}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {t("connectionLead", {
          segments: connection.segments.length,
          duration: t("seconds", { value: seconds(connection.end - connection.start, t.locale) }),
          clientIsn: isn(explained.absolute.isn.client),
          serverIsn: isn(explained.absolute.isn.server),
        })}{" "}
        <span data-testid="capture-findings">
          {flagged === 0 ? t("findingsNone") : t("findingsCount", { count: flagged })}
        </span>
      </p>
      {connection.fromStart ? null : (
        <p className="mt-3 rounded-lg border border-amber-600 bg-amber-50 p-3 text-sm dark:bg-amber-950/50">
          {beganAt(connection) === "SYN,ACK" ? t("beganAtSynAck") : t("midway")}
        </p>
      )}
      {connection.segments.length > SHOWN_SEGMENTS ? (
        <p className="mt-3 rounded-lg border border-slate-400 p-3 text-sm">
          {t("playerCapped", { shown: SHOWN_SEGMENTS, total: connection.segments.length })}
        </p>
      ) : null}

      <div className="mt-4 flex flex-wrap items-end gap-x-8 gap-y-1 text-sm">
        <fieldset>
          <legend className="font-semibold">{t("numbering")}</legend>
          <div className="flex flex-wrap gap-x-4">
            {(["relative", "absolute"] as const).map((n) => (
              <label key={n} className="flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name="numbering"
                  value={n}
                  checked={numbering === n}
                  onChange={() => setNumbering(n)}
                  className="accent-sky-700"
                />
                {t(n)}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="flex min-h-11 items-center gap-2">
          <input
            type="checkbox"
            checked={paced}
            onChange={(e) => setPaced(e.target.checked)}
            className="accent-sky-700"
          />
          {t("keepPace")}
        </label>
      </div>

      <div ref={player} className="mt-4 scroll-mt-4" data-testid="capture-player" data-numbering={numbering}>
        <ScenarioPlayer
          key={`${numbering}:${jump.n}`}
          title={t("connectionTitle", { id: connection.id, client: connection.client, server: connection.server })}
          initial={{ client: x.beginning.client.state, server: x.beginning.server.state }}
          rows={view.rows}
          frames={view.frames}
          startAt={jump.step}
          paceMs={paced ? view.pace : undefined}
        />
      </div>

      <SegmentTable explained={x} start={connection.start} onShow={show} />

      <CaptureQuiz explained={explained.absolute} onShow={show} />
    </div>
  );
}
