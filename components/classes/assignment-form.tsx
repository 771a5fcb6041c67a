"use client";
import { useActionState } from "react";
import { type AssignmentFormState, createAssignmentAction } from "@/app/classes/actions";
import { PRIMARY_BUTTON } from "@/components/ui/buttons";
import { FOCUS_TEXT, FOCUSES, MAX_LENGTH, MIN_LENGTH } from "@/lib/quiz";

const FIELD =
  "mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900";

/** "Set an assignment": a generated quiz with dates, an optional time limit, attempts and how seeds are given. */
export function AssignmentForm({ classId, defaultDue }: { classId: string; defaultDue: string }) {
  const [state, action, pending] = useActionState<AssignmentFormState, FormData>(
    createAssignmentAction.bind(null, classId),
    { error: null, values: {} },
  );
  const v = (key: string, fallback: string) => state.values[key] ?? fallback;
  // A new key after each successful save resets the fields; a refusal keeps what was typed.
  const formKey = JSON.stringify(state.values);
  return (
    <form key={formKey} action={action} noValidate className="grid max-w-2xl gap-4 sm:grid-cols-2">
      <label className="block text-sm font-medium sm:col-span-2">
        Title
        <input name="title" defaultValue={v("title", "")} className={FIELD} autoComplete="off" />
      </label>
      <label className="block text-sm font-medium">
        Topic
        <select name="focus" defaultValue={v("focus", "everything")} className={FIELD}>
          {FOCUSES.map((f) => (
            <option key={f} value={f}>
              {FOCUS_TEXT[f].title}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium">
        Level
        <select name="level" defaultValue={v("level", "any")} className={FIELD}>
          <option value="any">Any level</option>
          <option value="basics">Basics</option>
          <option value="intermediate">Intermediate</option>
          <option value="advanced">Advanced</option>
        </select>
      </label>
      <label className="block text-sm font-medium">
        Questions ({MIN_LENGTH}-{MAX_LENGTH})
        <input name="count" inputMode="numeric" defaultValue={v("count", "10")} className={FIELD} />
      </label>
      <label className="block text-sm font-medium">
        Language of the questions
        <select name="lang" defaultValue={v("lang", "en")} className={FIELD}>
          <option value="en">English</option>
          <option value="zh">简体中文</option>
        </select>
      </label>
      <label className="block text-sm font-medium">
        Opens (blank: now)
        <input name="opens" type="datetime-local" defaultValue={v("opens", "")} className={FIELD} />
      </label>
      <label className="block text-sm font-medium">
        Due
        <input name="due" type="datetime-local" defaultValue={v("due", defaultDue)} className={FIELD} />
      </label>
      <label className="block text-sm font-medium">
        Time limit in minutes (blank: none)
        <input name="minutes" inputMode="numeric" defaultValue={v("minutes", "")} className={FIELD} />
      </label>
      <label className="block text-sm font-medium">
        Attempts (1-5)
        <input name="attempts" inputMode="numeric" defaultValue={v("attempts", "1")} className={FIELD} />
      </label>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium">Questions for each student</legend>
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input type="radio" name="seeds" value="shared" defaultChecked={v("seeds", "shared") === "shared"} />
          The same quiz for everyone
        </label>
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input type="radio" name="seeds" value="per-student" defaultChecked={v("seeds", "") === "per-student"} />A
          different quiz for each student (neighbours cannot copy)
        </label>
      </fieldset>
      <p role="alert" className="min-h-5 text-sm text-rose-700 sm:col-span-2 dark:text-rose-400">
        {state.error}
      </p>
      <div className="sm:col-span-2">
        <button type="submit" className={PRIMARY_BUTTON} disabled={pending}>
          {pending ? "Setting…" : "Set assignment"}
        </button>
      </div>
    </form>
  );
}
