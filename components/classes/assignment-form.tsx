"use client";
import Link from "next/link";
import { useActionState, useId } from "react";
import {
  type AssignmentFormState,
  createAssignmentAction,
  updateAssignmentAction,
} from "@/app/classes/assignment-actions";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui/buttons";
import { REVEAL_TEXT, REVEALS } from "@/lib/classes/rules/assignment";
import { ASSIGNMENT_LIMITS } from "@/lib/classes/schemas";
import { useT } from "@/lib/i18n/client";
import { FOCUS_TEXT, FOCUSES, LEVEL_CHOICES, LEVEL_TEXT } from "@/lib/quiz/focus";

const FIELD =
  "mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-600 dark:border-slate-700 dark:bg-slate-900 dark:disabled:bg-slate-800 dark:disabled:text-slate-400";

/** "Set an assignment": a generated quiz with dates, an optional time limit, attempts and how seeds are given. */
export function AssignmentForm({ classId, defaultDue }: { classId: string; defaultDue: string }) {
  const t = useT("classes");
  return (
    <AssignmentFields
      action={createAssignmentAction.bind(null, classId)}
      initial={{ due: defaultDue }}
      submit={t("setAssignment")}
      busy={t("setting")}
    />
  );
}

/**
 * An assignment's settings to change, as it has them now. Once a student has started, only the dates and the time
 * limit stay open: the others are shown disabled, described by the note whose id `lockedBy` gives.
 */
export function EditAssignmentForm({
  assignmentId,
  initial,
  lockedBy,
  cancelHref,
}: {
  assignmentId: string;
  initial: Record<string, string>;
  lockedBy?: string;
  cancelHref: string;
}) {
  const t = useT("classes");
  return (
    <AssignmentFields
      action={updateAssignmentAction.bind(null, assignmentId)}
      initial={initial}
      submit={t("saveChanges")}
      busy={t("saving")}
      locked={lockedBy}
      cancelHref={cancelHref}
    />
  );
}

function AssignmentFields({
  action: run,
  initial,
  submit,
  busy,
  locked,
  cancelHref,
}: {
  action: (previous: AssignmentFormState, form: FormData) => Promise<AssignmentFormState>;
  initial: Record<string, string>;
  submit: string;
  busy: string;
  /** The id of the note that says why most fields are fixed, when they are. */
  locked?: string;
  cancelHref?: string;
}) {
  const t = useT("classes");
  const tc = useT("common");
  const [state, action, pending] = useActionState<AssignmentFormState, FormData>(run, { error: null, values: {} });
  const v = (key: string, fallback: string) => state.values[key] ?? initial[key] ?? fallback;
  // A new key after each successful save resets the fields; a refusal keeps what was typed.
  const formKey = JSON.stringify(state.values);
  const fixed = locked ? { disabled: true, "aria-describedby": locked } : {};
  const ids = useId();
  return (
    <form key={formKey} action={action} noValidate className="grid max-w-2xl gap-4 sm:grid-cols-2">
      <label className="block text-sm font-medium sm:col-span-2">
        {t("fieldTitle")}
        <input name="title" defaultValue={v("title", "")} className={FIELD} autoComplete="off" {...fixed} />
      </label>
      <label className="block text-sm font-medium">
        {t("fieldTopic")}
        <select name="focus" defaultValue={v("focus", "everything")} className={FIELD} {...fixed}>
          {FOCUSES.map((f) => (
            <option key={f} value={f}>
              {tc(FOCUS_TEXT[f].title)}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium">
        {t("fieldLevel")}
        <select name="level" defaultValue={v("level", "any")} className={FIELD} {...fixed}>
          {LEVEL_CHOICES.map((level) => (
            <option key={level} value={level}>
              {tc(LEVEL_TEXT[level])}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium">
        {t("fieldCount", ASSIGNMENT_LIMITS)}
        <input name="count" inputMode="numeric" defaultValue={v("count", "10")} className={FIELD} {...fixed} />
      </label>
      <label className="block text-sm font-medium">
        {t("fieldLang")}
        <select name="lang" defaultValue={v("lang", tc.locale === "zh-CN" ? "zh" : "en")} className={FIELD} {...fixed}>
          <option value="en">{tc("langEn")}</option>
          <option value="zh">{tc("langZh")}</option>
        </select>
      </label>
      <label className="block text-sm font-medium">
        {t("fieldOpens")}
        <input name="opens" type="datetime-local" defaultValue={v("opens", "")} className={FIELD} />
      </label>
      <label className="block text-sm font-medium">
        {t("fieldDue")}
        <input name="due" type="datetime-local" defaultValue={v("due", "")} className={FIELD} />
      </label>
      <label className="block text-sm font-medium">
        {t("fieldMinutes")}
        <input name="minutes" inputMode="numeric" defaultValue={v("minutes", "")} className={FIELD} />
      </label>
      <label className="block text-sm font-medium">
        {t("fieldAttempts", ASSIGNMENT_LIMITS)}
        <input name="attempts" inputMode="numeric" defaultValue={v("attempts", "1")} className={FIELD} {...fixed} />
      </label>
      <fieldset className="sm:col-span-2" {...fixed}>
        <legend className="text-sm font-medium">{t("seedsLegend")}</legend>
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input type="radio" name="seeds" value="shared" defaultChecked={v("seeds", "shared") === "shared"} />
          {t("seedsShared")}
        </label>
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input type="radio" name="seeds" value="per-student" defaultChecked={v("seeds", "") === "per-student"} />
          {t("seedsPerStudent")}
        </label>
      </fieldset>
      {/* The hint describes the box rather than naming it, so the box's name stays short for screen readers. */}
      <div className="flex items-start gap-2 text-sm sm:col-span-2">
        <input
          id={`${ids}-same`}
          type="checkbox"
          name="same"
          className="mt-1"
          defaultChecked={v("same", "") === "on"}
          disabled={Boolean(locked)}
          aria-describedby={[`${ids}-same-hint`, locked].filter(Boolean).join(" ")}
        />
        <div>
          <label htmlFor={`${ids}-same`}>{t("sameQuestions")}</label>
          <p id={`${ids}-same-hint`} className="text-xs text-slate-600 dark:text-slate-400">
            {t("sameQuestionsHint")}
          </p>
        </div>
      </div>
      <label className="block text-sm font-medium sm:col-span-2">
        {t("fieldReveal")}
        <select name="reveal" defaultValue={v("reveal", "question")} className={FIELD} {...fixed}>
          {REVEALS.map((r) => (
            <option key={r} value={r}>
              {t(REVEAL_TEXT[r])}
            </option>
          ))}
        </select>
      </label>
      <p role="alert" className="min-h-5 text-sm text-rose-700 sm:col-span-2 dark:text-rose-400">
        {state.error}
      </p>
      <div className="flex flex-wrap gap-3 sm:col-span-2">
        <button type="submit" className={PRIMARY_BUTTON} disabled={pending}>
          {pending ? busy : submit}
        </button>
        {cancelHref ? (
          <Link href={cancelHref} className={SECONDARY_BUTTON}>
            {t("cancel")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
