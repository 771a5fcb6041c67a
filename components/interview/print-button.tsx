"use client";
import { SECONDARY_BUTTON } from "@/components/ui/buttons";
import { useT } from "@/lib/i18n/client";

/** Opens the browser's print dialog; the sheet's print styles fit it on one A4 page without the site around it. */
export function PrintButton() {
  const t = useT("interview");
  return (
    <button type="button" className={`${SECONDARY_BUTTON} print:hidden`} onClick={() => window.print()}>
      {t("print")}
    </button>
  );
}
