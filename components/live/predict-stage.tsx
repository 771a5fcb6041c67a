"use client";

import { useMemo } from "react";
import { ScenarioPlayer } from "@/components/animation/scenario-player";
import { framesOf } from "@/lib/animation";
import { useT } from "@/lib/i18n/client";
import { textLang } from "@/lib/i18n/locales";
import type { HostScene } from "@/lib/live";
import { scenarioOf } from "@/lib/live/rounds";
import { play, startOf, traceRows } from "@/lib/tcp";

/**
 * A predict round on the projector: the scenario in the player, stopped before the step the class predicts (the
 * player holds nothing past it, so no one can step ahead), and at the reveal that step played, without its own
 * Figure 5: the host screen draws the class's votes on one beside it.
 */
export function PredictStage({ scene, revealed }: { scene: HostScene; revealed: boolean }) {
  const t = useT("learn");
  const lang = textLang(t.locale);
  const played = useMemo(() => {
    const scenario = scenarioOf(scene);
    const trace = play(scenario);
    return {
      title: trace.title[lang],
      initial: trace.initial,
      frames: framesOf(startOf(scenario).endpoints, trace.steps),
      rows: traceRows(trace),
    };
  }, [scene, lang]);
  const shown = scene.pauseAt + (revealed ? 1 : 0);
  return (
    <ScenarioPlayer
      key={`${scene.scenario}:${scene.pauseAt}:${revealed}`}
      title={played.title}
      initial={played.initial}
      frames={played.frames.slice(0, shown + 1)}
      rows={played.rows.slice(0, shown)}
      startAt={scene.pauseAt}
      playOnce={revealed}
      inAddress={false}
      // At the reveal the class's votes are drawn on Figure 5 beside it; one figure is enough.
      figure={!revealed}
    />
  );
}
