import type { Metadata } from "next";
import Link from "next/link";
import { BackToLearn } from "@/components/learn/back-to-learn";
import { FixCopiedAnswer } from "@/components/learn/fix-copied-answer";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { textLang } from "@/lib/i18n/locales";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";
import { copiedExercise, MAX_VARIANT } from "@/lib/quiz/copied-exercise";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("learn");
  return { title: t("copiedTitle") };
}

type Props = { searchParams: Promise<{ v?: string | string[] }> };

/** A copied answer to fix. `?v=` picks a drawn variant, so a link shows a classmate the same one. */
export default async function CopiedAnswerPage({ searchParams }: Props) {
  const [query, t] = await Promise.all([searchParams, getT("learn")]);
  const asked = Array.isArray(query.v) ? query.v[0] : query.v;
  const parsed = asked !== undefined && /^\d{1,10}$/.test(asked) ? Number(asked) : Number.NaN;
  const valid = Number.isInteger(parsed) && parsed <= MAX_VARIANT;
  const variant = valid ? parsed : 0;
  const exercise = copiedExercise(variant, textLang(t.locale));

  return (
    <div>
      <PageHeader eyebrow={t("copiedEyebrow")} title={t("copiedTitle")} lead={t("copiedLead")} />
      {asked !== undefined && !valid ? (
        <Notice>{t("copiedBadVariant", { asked: asked.slice(0, 20), max: MAX_VARIANT })}</Notice>
      ) : null}
      <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">
        {variant === 0 ? t("copiedInCirculation") : t("copiedVariant", { variant })}{" "}
        {variant === 0 ? null : (
          <Link className="text-sky-700 underline underline-offset-2 dark:text-sky-400" href="/learn/copied-answer">
            {t("copiedTheOne")}
          </Link>
        )}
      </p>
      <ClientMessages namespaces={["learn"]}>
        <FixCopiedAnswer key={`${variant}`} exercise={exercise} />
      </ClientMessages>
      <BackToLearn />
    </div>
  );
}
