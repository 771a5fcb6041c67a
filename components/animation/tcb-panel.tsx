import { useT } from "@/lib/i18n/client";
import { type Role, type State, TCB_FIELDS, TCB_NAME, type Tcb, type TcbField } from "@/lib/tcp";

type Props = { role: Role; state: State; tcb: Tcb; changed: readonly TcbField[] };

/**
 * One side's transmission control block (RFC 9293 §3.3.1) after the step shown: the seven variables under their RFC
 * names, each value this step changed marked with Δ (and said so to a screen reader), a dash where the state holds
 * no value. Two narrow columns, so it fits inside a badge on a phone.
 */
export function TcbPanel({ role, state, tcb, changed }: Props) {
  const t = useT("learn");
  const moved = new Set(changed);
  return (
    <section aria-label={t("tcbLabel", { role })} className="mt-2" data-testid={`tcb-${role}`}>
      <h3 className="text-xs font-semibold text-slate-700 dark:text-slate-300">{t("tcbHeading")}</h3>
      <dl className="mt-1 grid max-w-64 grid-cols-[auto_1fr] gap-x-2 font-mono text-xs leading-5">
        {TCB_FIELDS.map((field) => {
          const value = tcb[field];
          const isNew = moved.has(field);
          return (
            <div
              key={field}
              className={`col-span-2 grid grid-cols-subgrid rounded px-1 ${isNew ? "bg-amber-100 font-bold dark:bg-amber-900/50" : ""}`}
              data-field={TCB_NAME[field]}
              data-changed={isNew}
            >
              <dt lang="en">{TCB_NAME[field]}</dt>
              <dd className="flex justify-end gap-1 tabular-nums">
                {value === null ? (
                  <>
                    <span aria-hidden="true" className="text-slate-500 dark:text-slate-400">
                      —
                    </span>
                    <span className="sr-only">{t("tcbNone", { state })}</span>
                  </>
                ) : (
                  <span>{value}</span>
                )}
                <span aria-hidden="true" className={`w-3 text-center ${isNew ? "" : "invisible"}`}>
                  Δ
                </span>
                {isNew ? <span className="sr-only">{t("tcbChanged")}</span> : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
