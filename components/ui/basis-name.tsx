import { textLang } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";
import type { BasisLabel } from "@/lib/quiz";

/** A transition, step or name a learner practised, named in the interface language (transitions in RFC notation). */
export function BasisName({ label, t }: { label: BasisLabel; t: Translator<"common"> }) {
  if (label.kind === "name") return <>{t("basisName", { name: label.spelling })}</>;
  if (label.kind === "step")
    return <>{t("basisStep", { scenario: label.scenario[textLang(t.locale)], step: label.step })}</>;
  return <code className="font-mono">{label.notation}</code>;
}
