import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { AREAS, type Area } from "./areas";

/**
 * What an area that has not landed yet shows: what it is for, what it will do, and where to go today.
 * It says so plainly instead of pretending; once the area works, its page replaces this.
 */
export function AreaNotReady({
  area,
  plans,
  available = [],
}: {
  area: Area;
  plans: string[];
  /** Parts of the area that already work. */
  available?: { href: string; title: string; summary: string }[];
}) {
  const elsewhere = AREAS.filter((a) => a.ready && a.href !== area.href);
  return (
    <div>
      <PageHeader eyebrow={area.title} title={`${area.title} is not open yet`} lead={area.summary} />
      <section
        aria-labelledby="plans"
        className="max-w-3xl rounded-xl border border-slate-200 p-6 dark:border-slate-800"
      >
        <h2 id="plans" className="text-lg font-semibold">
          What this page will do
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5 text-slate-700 dark:text-slate-300">
          {plans.map((plan) => (
            <li key={plan}>{plan}</li>
          ))}
        </ul>
      </section>
      {available.length > 0 ? (
        <section aria-labelledby="available" className="mt-6 max-w-3xl">
          <h2 id="available" className="text-lg font-semibold">
            Open already
          </h2>
          <ul className="mt-2 space-y-1">
            {available.map((a) => (
              <li key={a.href}>
                <Link className="font-medium text-sky-700 underline underline-offset-2 dark:text-sky-400" href={a.href}>
                  {a.title}
                </Link>
                <span className="text-slate-600 dark:text-slate-400">: {a.summary}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-6 text-slate-600 dark:text-slate-400">
        {elsewhere.length > 0 ? (
          <>
            Meanwhile you can use{" "}
            {elsewhere.map((a, i) => (
              <span key={a.href}>
                {i > 0 ? ", " : ""}
                <Link className="font-medium text-sky-700 underline underline-offset-2 dark:text-sky-400" href={a.href}>
                  {a.title}
                </Link>
              </span>
            ))}
            .
          </>
        ) : (
          <>
            Nothing is open yet: SynAck is being built area by area, starting with the TCP model everything is generated
            from.{" "}
            <Link className="font-medium text-sky-700 underline underline-offset-2 dark:text-sky-400" href="/">
              Back to the home page
            </Link>
            .
          </>
        )}
      </p>
    </div>
  );
}
