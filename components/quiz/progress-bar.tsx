import { useId } from "react";

/**
 * How far through a quiz or a review: done of total, as a bar and in words. The caller says both in the learner's
 * language: `label` names the bar ("Progress"), `text` is the count in words ("3 of 10 answered").
 */
export function ProgressBar({
  done,
  total,
  label,
  text,
}: {
  done: number;
  total: number;
  label: string;
  text: string;
}) {
  const labelId = useId();
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div>
      <div className="flex justify-between text-sm text-slate-600 dark:text-slate-400">
        <span id={labelId}>{label}</span>
        <span>{text}</span>
      </div>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
        className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div
          className="h-full rounded-full bg-sky-600 transition-[width] duration-300"
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
