import { Headline } from "./headline";

/** The title block every page opens with. */
export function PageHeader({ title, lead, eyebrow }: { title: string; lead?: React.ReactNode; eyebrow?: string }) {
  return (
    <div className="mb-8 max-w-3xl">
      {eyebrow ? (
        <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-sky-700 dark:text-sky-400">{eyebrow}</p>
      ) : null}
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">
        <Headline text={title} />
      </h1>
      {lead ? <p className="mt-3 text-lg text-slate-600 dark:text-slate-400">{lead}</p> : null}
    </div>
  );
}
