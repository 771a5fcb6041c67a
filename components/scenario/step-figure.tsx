"use client";
import { useId } from "react";
import { ArrowHead, SequenceDiagram } from "@/components/animation/sequence-diagram";
import type { Figure } from "@/lib/quiz";
import { useFigureT } from "./figure-text";

/**
 * The small picture beside an answer: a sequence diagram of the scenario up to a step, or one arc of Figure 5. A
 * client component, so it speaks the page's language wherever it is drawn (quiz results render it on the server).
 */
export function StepFigure({ figure, caption }: { figure: Figure; caption?: string }) {
  return (
    <figure className="max-w-md text-slate-700 dark:text-slate-300">
      {figure.kind === "arc" ? (
        <ArcDiagram figure={figure} />
      ) : (
        <SequenceDiagram
          title={figure.title}
          initial={figure.initial}
          rows={figure.rows}
          highlight={figure.highlight}
          injected={figure.injected}
        />
      )}
      {caption ? <figcaption className="mt-1 text-xs text-slate-500 dark:text-slate-400">{caption}</figcaption> : null}
    </figure>
  );
}

function ArcDiagram({ figure }: { figure: Extract<Figure, { kind: "arc" }> }) {
  const t = useFigureT();
  const arrow = useId();
  const same = figure.from === figure.to;
  const values = {
    from: figure.from,
    to: figure.to,
    event: figure.event,
    send: figure.send,
    same: same ? "yes" : "no",
  };
  return (
    <svg viewBox="0 0 360 86" role="img" aria-label={t("figArcAria", values)} className="w-full">
      <ArrowHead id={arrow} />
      <StateBox x={same ? 120 : 4} y={46} label={figure.from} />
      {same ? (
        <path
          d="M150,46 C150,18 210,18 210,46"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          markerEnd={`url(#${arrow})`}
        />
      ) : (
        <>
          <StateBox x={236} y={46} label={figure.to} />
          <line
            x1="126"
            y1="60"
            x2="232"
            y2="60"
            stroke="currentColor"
            strokeWidth="1.5"
            markerEnd={`url(#${arrow})`}
          />
        </>
      )}
      <text x="180" y={same ? 12 : 38} textAnchor="middle" fontSize="11" fill="currentColor" className="font-mono">
        {t.rich("figArcLabel", {
          ...values,
          // RFC 9293's notation for the event ("rcv data"), English on a page in any language.
          rfc: (name) => <tspan lang="en">{name}</tspan>,
        })}
      </text>
    </svg>
  );
}

function StateBox({ x, y, label }: { x: number; y: number; label: string }) {
  return (
    <g>
      <rect
        x={x}
        y={y}
        width="120"
        height="28"
        rx="6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        className="text-sky-700 dark:text-sky-400"
      />
      <text x={x + 60} y={y + 18} textAnchor="middle" fontSize="11" fontWeight="600" fill="currentColor">
        {label}
      </text>
    </g>
  );
}
