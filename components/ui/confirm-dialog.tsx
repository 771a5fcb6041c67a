"use client";
import { type ReactNode, useId, useRef, useState, useTransition } from "react";
import { DANGER_BUTTON, PRIMARY_BUTTON, SECONDARY_BUTTON } from "./buttons";

/**
 * A button that asks before it acts: it opens a modal dialog saying what will happen, and only its confirming button
 * runs the action. A native <dialog> opened with showModal() gives what a confirmation needs with no library: the
 * page behind is inert, focus stays inside and returns to the button on close, Escape cancels. Focus starts on
 * Cancel, so pressing Enter by reflex does not delete anything. A refusal from the action is shown in the dialog.
 */
export function ConfirmButton({
  label,
  title,
  children,
  confirm,
  busy,
  cancel,
  run,
  danger = false,
  primary = false,
}: {
  label: string;
  title: string;
  children: ReactNode;
  confirm: string;
  busy: string;
  cancel: string;
  run: () => Promise<{ error: string | null } | undefined>;
  danger?: boolean;
  primary?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const bodyId = useId();
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        type="button"
        className={danger ? SECONDARY_BUTTON : primary ? PRIMARY_BUTTON : SECONDARY_BUTTON}
        onClick={() => {
          setError(null);
          dialog.current?.showModal();
          cancelButton.current?.focus();
        }}
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        // A press on the backdrop (the dialog element itself, outside its content) cancels.
        onClick={(event) => {
          if (event.target === dialog.current && !pending) close();
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape" && pending) event.preventDefault();
        }}
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <div id={bodyId} className="mt-3 space-y-2 text-sm text-slate-700 dark:text-slate-300">
          {children}
        </div>
        <p role="alert" className="mt-3 text-sm text-rose-700 empty:mt-0 dark:text-rose-400">
          {error}
        </p>
        <div className="mt-4 flex flex-wrap justify-end gap-3">
          <button ref={cancelButton} type="button" className={SECONDARY_BUTTON} onClick={close} disabled={pending}>
            {cancel}
          </button>
          <button
            type="button"
            className={danger ? DANGER_BUTTON : PRIMARY_BUTTON}
            disabled={pending}
            onClick={() =>
              start(async () => {
                const result = await run();
                const refused = result?.error ?? null;
                setError(refused);
                if (!refused) close();
              })
            }
          >
            {pending ? busy : confirm}
          </button>
        </div>
      </dialog>
    </>
  );
}
