"use client";
import { useActionState, useState, useTransition } from "react";
import {
  becomeTeacher,
  createClassAction,
  type FormState,
  joinClassAction,
  leaveClassAction,
  rotateCodeAction,
} from "@/app/classes/actions";
import { startAssignmentAction } from "@/app/classes/assignment-actions";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui/buttons";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { useT } from "@/lib/i18n/client";

const FIELD =
  "mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-rose-600 dark:border-slate-700 dark:bg-slate-900";

function OneFieldForm({
  action,
  name,
  label,
  hint,
  submit,
  initial = "",
}: {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  name: string;
  label: string;
  hint?: string;
  submit: string;
  initial?: string;
}) {
  const t = useT("classes");
  const [state, formAction, pending] = useActionState(action, { error: null, value: initial });
  const message = `${name}-message`;
  return (
    <form action={formAction} noValidate className="max-w-md space-y-2">
      <label className="block text-sm font-medium">
        {label}
        <input
          name={name}
          defaultValue={state.value}
          key={state.value}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={message}
          autoComplete="off"
          className={FIELD}
        />
      </label>
      {hint ? <p className="text-xs text-slate-500 dark:text-slate-400">{hint}</p> : null}
      <p id={message} role="alert" className="min-h-5 text-sm text-rose-700 dark:text-rose-400">
        {state.error}
      </p>
      <button type="submit" className={PRIMARY_BUTTON} disabled={pending}>
        {pending ? t("oneMoment") : submit}
      </button>
    </form>
  );
}

export function CreateClassForm() {
  const t = useT("classes");
  return <OneFieldForm action={createClassAction} name="name" label={t("className")} submit={t("createClass")} />;
}

export function JoinClassForm({ code = "" }: { code?: string }) {
  const t = useT("classes");
  return (
    <OneFieldForm
      action={joinClassAction}
      name="code"
      label={t("joinCode")}
      hint={t("joinHint")}
      submit={t("joinClass")}
      initial={code}
    />
  );
}

/** A button that runs an action and shows its refusal, if any, beside it. */
export function ActionButton({
  run,
  label,
  busy,
  primary = false,
}: {
  run: () => Promise<{ error: string | null }>;
  label: string;
  busy: string;
  primary?: boolean;
}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={primary ? PRIMARY_BUTTON : SECONDARY_BUTTON}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await run();
            setError(result?.error ?? null);
          })
        }
      >
        {pending ? busy : label}
      </button>
      <span role="alert" className="text-sm text-rose-700 dark:text-rose-400">
        {error}
      </span>
    </span>
  );
}

export function BecomeTeacherButton() {
  const t = useT("classes");
  return <ActionButton run={becomeTeacher} label={t("becomeTeacher")} busy={t("oneMoment")} />;
}

/** "Leave this class", after a dialog that says what leaving takes away. */
export function LeaveClassButton({ classId, name }: { classId: string; name: string }) {
  const t = useT("classes");
  return (
    <ConfirmButton
      label={t("leave")}
      title={t("leaveTitle", { name })}
      confirm={t("leaveConfirm")}
      busy={t("leaving")}
      cancel={t("cancel")}
      run={() => leaveClassAction(classId)}
      danger
    >
      <p>{t("leaveBody")}</p>
    </ConfirmButton>
  );
}

export function RotateCodeButton({ classId }: { classId: string }) {
  const t = useT("classes");
  return <ActionButton run={() => rotateCodeAction(classId)} label={t("replaceCode")} busy={t("replacing")} />;
}

/** Start (a first attempt) or try again (another one). */
export function StartAssignmentButton({ assignmentId, again }: { assignmentId: string; again: boolean }) {
  const t = useT("classes");
  return (
    <ActionButton
      run={() => startAssignmentAction(assignmentId)}
      label={again ? t("startAgain") : t("start")}
      busy={t("starting")}
      primary
    />
  );
}
