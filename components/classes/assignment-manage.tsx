"use client";
import {
  closeAssignmentAction,
  deleteAssignmentAction,
  reopenAssignmentAction,
} from "@/app/classes/assignment-actions";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import type { AssignmentFootprint } from "@/lib/db";
import { useT } from "@/lib/i18n/client";
import { ActionButton } from "./class-forms";

/** Close now (asking first: running attempts stop too), or reopen one closed early. */
export function CloseAssignmentButton({ assignmentId, closed }: { assignmentId: string; closed: boolean }) {
  const t = useT("classes");
  if (closed) {
    return <ActionButton run={() => reopenAssignmentAction(assignmentId)} label={t("reopen")} busy={t("reopening")} />;
  }
  return (
    <ConfirmButton
      label={t("closeNow")}
      title={t("closeNow")}
      confirm={t("closeNow")}
      busy={t("closing")}
      cancel={t("cancel")}
      run={() => closeAssignmentAction(assignmentId)}
    >
      <p>{t("closeHint")}</p>
    </ConfirmButton>
  );
}

/** Delete, after a dialog that says exactly what goes with it. */
export function DeleteAssignmentButton({
  assignmentId,
  title,
  footprint,
}: {
  assignmentId: string;
  title: string;
  footprint: AssignmentFootprint;
}) {
  const t = useT("classes");
  return (
    <ConfirmButton
      label={t("deleteAssignment")}
      title={t("deleteTitle", { title })}
      confirm={t("deleteConfirm")}
      busy={t("deleting")}
      cancel={t("cancel")}
      run={() => deleteAssignmentAction(assignmentId)}
      danger
    >
      <p data-testid="delete-consequence">
        {footprint.attempts === 0 ? t("deleteNothing") : t("deleteLoses", { ...footprint })}
      </p>
    </ConfirmButton>
  );
}
