import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StepFigure } from "@/components/scenario/step-figure";
import { hasTwoEnglishWords, isEnglish } from "../e2e/support/english-in-chinese";
import { MessagesProvider } from "../lib/i18n/client";
import type { Figure } from "../lib/quiz/figure";
import { play, SCENARIOS, TRANSITIONS, traceRows } from "../lib/tcp";

/**
 * Every figure a quiz, a flashcard or the results can draw beside an answer, on a Chinese page: one arc of the state
 * diagram per transition, and each scenario up to each of its steps. The Chinese quiz journey meets one of them at
 * random, so a figure that leaks English would fail it by chance; here each one is checked every run.
 */
function everyFigure(): Figure[] {
  const arcs: Figure[] = TRANSITIONS.map((t) => ({
    kind: "arc",
    from: t.from,
    event: t.event,
    send: t.send,
    to: t.to,
  }));
  const steps: Figure[] = SCENARIOS.flatMap((scenario) => {
    const trace = play(scenario);
    const rows = traceRows(trace);
    return rows.map((_, i) => ({
      kind: "steps",
      scenario: trace.id,
      title: trace.title.zh,
      initial: trace.initial,
      rows: rows.slice(0, i + 1),
      highlight: i + 1,
    }));
  });
  return [...arcs, ...steps];
}

/**
 * The text and the aria-labels of rendered markup that are not inside an element of another language (lang="en")
 * or <code>, <kbd>, <pre>: what a reader or a screen reader takes for Chinese.
 */
function unmarked(html: string): { texts: string[]; labels: string[] } {
  const texts: string[] = [];
  const labels: string[] = [];
  const open: boolean[] = [];
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, "&");
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, closing, tag = "", attrs = "", selfClosing, text] = m;
    const marked = open.some(Boolean);
    if (text !== undefined) {
      if (!marked && text.trim()) texts.push(decode(text).trim());
    } else if (closing) {
      open.pop();
    } else {
      const off = /\blang="(?!zh)/.test(attrs) || ["code", "kbd", "pre"].includes(tag.toLowerCase());
      const label = /\baria-label="([^"]*)"/.exec(attrs)?.[1];
      if (label && !marked && !off) labels.push(decode(label));
      if (!selfClosing) open.push(off);
    }
  }
  return { texts, labels };
}

describe("the figures beside an answer, on a Chinese page", () => {
  const figures = everyFigure();

  it("cover every transition and every step of every scenario", () => {
    expect(figures.filter((f) => f.kind === "arc")).toHaveLength(TRANSITIONS.length);
    expect(figures.length).toBeGreaterThan(TRANSITIONS.length + SCENARIOS.length);
  });

  it("mark RFC notation such as rcv data as English, and leave no English unmarked", () => {
    const leaks: string[] = [];
    for (const figure of figures) {
      const children = createElement(StepFigure, { figure });
      const html = renderToStaticMarkup(createElement(MessagesProvider, { locale: "zh-CN", messages: {}, children }));
      const { texts, labels } = unmarked(html);
      for (const text of texts) if (isEnglish(text) || hasTwoEnglishWords(text)) leaks.push(text);
      for (const label of labels) if (isEnglish(label)) leaks.push(label);
    }
    expect(leaks).toEqual([]);
  });

  it("would catch an event's name left unmarked", () => {
    const { texts } = unmarked(
      '<svg><text><tspan lang="en">rcv FIN</tspan> / 发送 ACK</text><text>rcv data</text></svg>',
    );
    expect(texts).toEqual(["/ 发送 ACK", "rcv data"]);
    expect(texts.filter(hasTwoEnglishWords)).toEqual(["rcv data"]);
  });
});
