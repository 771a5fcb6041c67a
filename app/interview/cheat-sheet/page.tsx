import type { Metadata } from "next";
import { SequenceDiagram } from "@/components/animation/sequence-diagram";
import { PrintButton } from "@/components/interview/print-button";
import { PageHeader } from "@/components/ui/page-header";
import { textLang } from "@/lib/i18n/locales";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/translate";
import {
  play,
  STATE_INFO,
  STATE_NAMES,
  STATES,
  type State,
  scenarioById,
  TIMER_INFO,
  type Trace,
  traceRows,
} from "@/lib/tcp";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("interview");
  return { title: t("cheatTitle") };
}

function trace(id: string): Trace {
  const scenario = scenarioById(id);
  if (!scenario) throw new Error(`The cheat sheet needs the ${id} scenario.`);
  return play(scenario);
}

/** One scenario as a table: who does what, what goes on the wire, and both sides' states after it. */
function StepsTable({ trace: tr, t, tl }: { trace: Trace; t: Translator<"interview">; tl: Translator<"learn"> }) {
  const rows = traceRows(tr);
  // On a phone the table scrolls sideways rather than pushing the whole page wider than the screen.
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid={`steps-${tr.id}`}>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th className="py-1 pr-2 font-semibold">#</th>
            <th className="py-1 pr-2 font-semibold">{t("colWho")}</th>
            <th className="py-1 pr-2 font-semibold">{t("colDoes")}</th>
            <th className="py-1 pr-2 font-semibold">{t("colSends")}</th>
            <th className="py-1 pr-2 font-semibold">{t("colClient")}</th>
            <th className="py-1 font-semibold">{t("colServer")}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-slate-100 text-slate-500 dark:text-slate-400 dark:border-slate-900">
            <td className="py-1 pr-2">0</td>
            <td className="py-1 pr-2" colSpan={3}>
              {t("startRow")}
            </td>
            <td className="py-1 pr-2 font-mono">{tr.initial.client}</td>
            <td className="py-1 font-mono">{tr.initial.server}</td>
          </tr>
          {rows.map((r) => (
            <tr key={r.step} className="border-b border-slate-100 dark:border-slate-900">
              <td className="py-1 pr-2">{r.step}</td>
              <td className="whitespace-nowrap py-1 pr-2">{tl("figRole", { role: r.actor })}</td>
              <td className="py-1 pr-2">
                <code className="font-mono">{r.label}</code>
              </td>
              <td className="py-1 pr-2 font-mono">{r.sent ?? "–"}</td>
              <td className="py-1 pr-2 font-mono">{r.states.client}</td>
              <td className="py-1 font-mono">{r.states.server}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const ORDER: State[] = [...STATES];

/** One printable page: the handshake and the teardown as the model plays them, and the eleven states. */
export default async function CheatSheetPage() {
  const [t, tl] = await Promise.all([getT("interview"), getT("learn")]);
  const lang = textLang(t.locale);
  const other = lang === "en" ? "zh" : "en";
  const handshake = trace("handshake");
  const teardown = trace("teardown");
  const msl = TIMER_INFO["2MSL"];
  /** "The active closer" without its full stop, for the rules to go on after it. */
  const who = (s: State) => STATE_INFO[s].who[lang].replace(/[.。]$/, "");
  return (
    // On paper everything shrinks to fit one A4 page: type of 9 px, tight rows, diagrams at most 11 rem tall, and the
    // tables' cells free to wrap so no column is cut off.
    <div className="space-y-8 print:space-y-3 print:text-[9px] print:[&_h1]:text-xl print:[&_h2]:text-xs print:[&_li]:text-[9px] print:[&_p]:text-[10px] print:[&_svg]:max-h-44 print:[&_table]:text-[8.5px] print:[&_td]:py-0 print:[&_td]:whitespace-normal print:[&_th]:py-0">
      <PageHeader
        eyebrow={t("title")}
        title={t("cheatTitle")}
        lead={t("cheatLead", { client: String(handshake.isn.client), server: String(handshake.isn.server) })}
      />
      <ClientMessages namespaces={["interview"]}>
        <PrintButton />
      </ClientMessages>
      <div className="grid gap-8 lg:grid-cols-2 print:grid-cols-2 print:gap-4">
        {[handshake, teardown].map((tr) => (
          <section key={tr.id} aria-labelledby={`${tr.id}-heading`} className="min-w-0 space-y-3">
            <h2 id={`${tr.id}-heading`} className="text-lg font-semibold">
              {tr.title[lang]} · <span lang={other === "en" ? "en" : "zh-CN"}>{tr.title[other]}</span>
            </h2>
            <SequenceDiagram title={tr.title[lang]} initial={tr.initial} rows={traceRows(tr)} highlight={0} />
            <StepsTable trace={tr} t={t} tl={tl} />
          </section>
        ))}
      </div>
      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading" className="text-lg font-semibold">
          {t("rulesTitle")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" data-testid="rules">
          <li>{t("ruleSeq")}</li>
          <li>
            {t.rich("ruleTimeWait", {
              who: who("TIME-WAIT"),
              meaning: STATE_INFO["TIME-WAIT"].meaning[lang],
              seconds: msl.seconds,
            })}
          </li>
          <li>
            {t.rich("ruleCloseWait", { who: who("CLOSE-WAIT"), meaning: STATE_INFO["CLOSE-WAIT"].meaning[lang] })}
          </li>
          <li>{t("ruleFourSegments")}</li>
        </ul>
      </section>
      <section aria-labelledby="states-heading">
        <h2 id="states-heading" className="text-lg font-semibold">
          {t("statesTitle")}
        </h2>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="states">
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th className="py-1 pr-2 font-semibold">RFC 9293</th>
                <th className="py-1 pr-2 font-semibold">{t("colZhName")}</th>
                <th className="py-1 pr-2 font-semibold">ss</th>
                <th className="py-1 font-semibold">{t("colWhoIsThere")}</th>
              </tr>
            </thead>
            <tbody>
              {ORDER.map((s) => (
                <tr key={s} className="border-b border-slate-100 dark:border-slate-900">
                  <td className="py-1 pr-2 font-mono">{s}</td>
                  <td className="py-1 pr-2" lang="zh-CN">
                    {STATE_INFO[s].zhName}
                  </td>
                  <td className="py-1 pr-2 font-mono">{STATE_NAMES[s].ss}</td>
                  <td className="py-1">{STATE_INFO[s].who[lang]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
