"use client";
import { useEffect, useState } from "react";
import { useT } from "@/lib/i18n/client";

/**
 * An assignment's deadline above its questions: when it ends, and once the page runs, the time left counting down.
 * At zero it says so; the server refuses later answers anyway.
 */
export function Deadline({ title, endsAt, endsText }: { title: string; endsAt: string; endsText: string }) {
  const t = useT("quiz");
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    const end = new Date(endsAt).getTime();
    const tick = () => setLeft(Math.max(0, Math.round((end - Date.now()) / 1000)));
    tick();
    const id = setInterval(tick, 1000);
    return () => clearInterval(id);
  }, [endsAt]);
  const over = left === 0;
  const clock =
    left === null
      ? null
      : left >= 3600
        ? t("hoursMinutes", { h: Math.floor(left / 3600), m: Math.floor((left % 3600) / 60) })
        : `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`;
  return (
    <p
      role={over ? "alert" : undefined}
      data-testid="deadline"
      className={`mb-4 rounded-lg p-3 text-sm ${over ? "bg-rose-50 text-rose-900 dark:bg-rose-950 dark:text-rose-100" : "bg-sky-50 text-sky-900 dark:bg-sky-950 dark:text-sky-100"}`}
    >
      <strong>{title}</strong> ·{" "}
      {over ? (
        t("timeUp")
      ) : (
        <>
          {t("endsAt", { when: endsText })}
          {clock ? (
            <>
              {" · "}
              {t.rich("timeLeft", { clock, timer: (c) => <span role="timer">{c}</span> })}
            </>
          ) : null}
        </>
      )}
    </p>
  );
}
