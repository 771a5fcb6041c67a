import type { Metadata } from "next";
import { SequenceDiagram } from "@/components/animation/sequence-diagram";
import { PageHeader } from "@/components/ui/page-header";
import { traceRows } from "@/lib/quiz";
import { play, STATE_INFO, STATE_NAMES, STATES, type State, scenarioById, TIMER_INFO, type Trace } from "@/lib/tcp";

export const metadata: Metadata = { title: "Cheat sheet: handshake and teardown" };

function trace(id: string): Trace {
  const scenario = scenarioById(id);
  if (!scenario) throw new Error(`The cheat sheet needs the ${id} scenario.`);
  return play(scenario);
}

/** One scenario as a table: who does what, what goes on the wire, and both sides' states after it. */
function StepsTable({ t }: { t: Trace }) {
  const rows = traceRows(t);
  return (
    <table className="w-full text-left text-sm" data-testid={`steps-${t.id}`}>
      <thead>
        <tr className="border-b border-slate-300 dark:border-slate-700">
          <th className="py-1 pr-2 font-semibold">#</th>
          <th className="py-1 pr-2 font-semibold">Who</th>
          <th className="py-1 pr-2 font-semibold">Does</th>
          <th className="py-1 pr-2 font-semibold">Sends</th>
          <th className="py-1 pr-2 font-semibold">Client</th>
          <th className="py-1 font-semibold">Server</th>
        </tr>
      </thead>
      <tbody>
        <tr className="border-b border-slate-100 text-slate-500 dark:border-slate-900">
          <td className="py-1 pr-2">0</td>
          <td className="py-1 pr-2" colSpan={3}>
            start
          </td>
          <td className="py-1 pr-2 font-mono">{t.initial.client}</td>
          <td className="py-1 font-mono">{t.initial.server}</td>
        </tr>
        {rows.map((r) => (
          <tr key={r.step} className="border-b border-slate-100 dark:border-slate-900">
            <td className="py-1 pr-2">{r.step}</td>
            <td className="py-1 pr-2">{r.actor}</td>
            <td className="py-1 pr-2 font-mono">{r.label}</td>
            <td className="py-1 pr-2 font-mono">{r.sent ?? "–"}</td>
            <td className="py-1 pr-2 font-mono">{r.states.client}</td>
            <td className="py-1 font-mono">{r.states.server}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const ORDER: State[] = [...STATES];

/** One printable page: the handshake and the teardown as the model plays them, and the eleven states. */
export default function CheatSheetPage() {
  const handshake = trace("handshake");
  const teardown = trace("teardown");
  const msl = TIMER_INFO["2MSL"];
  return (
    <div className="space-y-8 print:space-y-4 print:text-[11px]">
      <PageHeader
        eyebrow="Interview prep"
        title="Cheat sheet: handshake and teardown"
        lead={`Both sides' states, every segment and its seq/ack, as RFC 9293 gives them (client ISN ${handshake.isn.client}, server ISN ${handshake.isn.server}). Print it from your browser: the page prints without the site's header.`}
      />
      <div className="grid gap-8 lg:grid-cols-2 print:grid-cols-2 print:gap-4">
        {[handshake, teardown].map((t) => (
          <section key={t.id} aria-labelledby={`${t.id}-heading`} className="space-y-3">
            <h2 id={`${t.id}-heading`} className="text-lg font-semibold">
              {t.title.en} · {t.title.zh}
            </h2>
            <SequenceDiagram title={t.title.en} initial={t.initial} rows={traceRows(t)} highlight={0} />
            <StepsTable t={t} />
          </section>
        ))}
      </div>
      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading" className="text-lg font-semibold">
          Rules worth saying aloud
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" data-testid="rules">
          <li>
            A SYN and a FIN each take one sequence number, so their acknowledgment is seq + 1; a bare ACK takes none.
          </li>
          <li>
            <strong>TIME-WAIT</strong> ({STATE_INFO["TIME-WAIT"].who.en.replace(/\.$/, "")}):{" "}
            {STATE_INFO["TIME-WAIT"].meaning.en} Linux waits {msl.seconds} s.
          </li>
          <li>
            <strong>CLOSE-WAIT</strong> ({STATE_INFO["CLOSE-WAIT"].who.en.replace(/\.$/, "")}):{" "}
            {STATE_INFO["CLOSE-WAIT"].meaning.en}
          </li>
          <li>
            Four segments close a connection because each direction is closed on its own (a half-close); three when the
            second FIN rides on the ACK.
          </li>
        </ul>
      </section>
      <section aria-labelledby="states-heading">
        <h2 id="states-heading" className="text-lg font-semibold">
          The eleven states
        </h2>
        <table className="mt-2 w-full text-left text-sm" data-testid="states">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th className="py-1 pr-2 font-semibold">RFC 9293</th>
              <th className="py-1 pr-2 font-semibold">中文</th>
              <th className="py-1 pr-2 font-semibold">ss</th>
              <th className="py-1 font-semibold">Who is there</th>
            </tr>
          </thead>
          <tbody>
            {ORDER.map((s) => (
              <tr key={s} className="border-b border-slate-100 dark:border-slate-900">
                <td className="py-1 pr-2 font-mono">{s}</td>
                <td className="py-1 pr-2">{STATE_INFO[s].zhName}</td>
                <td className="py-1 pr-2 font-mono">{STATE_NAMES[s].ss}</td>
                <td className="py-1">{STATE_INFO[s].who.en}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
