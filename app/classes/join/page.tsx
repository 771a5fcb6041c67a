import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { AccountLinks } from "@/components/account/account-links";
import { JoinClassForm } from "@/components/classes/class-forms";
import { PRIMARY_BUTTON } from "@/components/ui/buttons";
import { PageHeader } from "@/components/ui/page-header";
import { currentCaller } from "@/lib/auth/current-learner";
import { type JoinPreview, joinPreview } from "@/lib/classes/join-preview";
import { normalizeCode } from "@/lib/classes/rules/join-code";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/translate";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("classes");
  return { title: t("joinHeading") };
}

const strong = (c: React.ReactNode) => <strong className="font-semibold">{c}</strong>;

/** What the page says about the code before the student presses Join: the class and its teacher, or why not. */
function Preview({ preview, t }: { preview: JoinPreview; t: Translator<"classes"> }) {
  if (!preview.ok) {
    const key =
      preview.reason === "unknown"
        ? "joinUnknown"
        : preview.reason === "expired"
          ? "joinExpired"
          : "joinLookupsTooMany";
    return (
      <p className="max-w-2xl text-rose-700 dark:text-rose-400" data-testid="join-preview">
        {t(key)}
      </p>
    );
  }
  const values = { name: preview.name, teacher: preview.teacherName, strong };
  return (
    <p className="max-w-2xl text-lg" data-testid="join-preview">
      {preview.member || preview.own ? t.rich("joinPreviewAlready", values) : t.rich("joinPreview", values)}
    </p>
  );
}

/** The join link a teacher shares: names the class and its teacher, then one press joins (after signing in). */
export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const [query, caller, t] = await Promise.all([searchParams, currentCaller(), getT("classes")]);
  const code = typeof query.code === "string" ? query.code.slice(0, 20) : "";
  const user = caller?.user;
  if (!user) {
    return (
      <div>
        <PageHeader eyebrow={t("title")} title={t("joinHeading")} />
        <div className="space-y-3">
          <p className="max-w-2xl text-slate-700 dark:text-slate-300">{t("joinNeedsAccount")}</p>
          <AccountLinks next={code ? `/classes/join?code=${encodeURIComponent(code)}` : "/classes/join"} />
        </div>
      </div>
    );
  }
  const normal = normalizeCode(code);
  const forwardedFor = (await headers()).get("x-forwarded-for");
  const preview = normal ? await joinPreview(user.id, normal, forwardedFor, new Date()) : null;
  const there = preview?.ok && (preview.member || preview.own) ? preview.classId : null;
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={t("title")} title={t("joinHeading")} />
      {preview ? <Preview preview={preview} t={t} /> : null}
      {there ? (
        <Link className={PRIMARY_BUTTON} href={`/classes/${there}`}>
          {t("openClass")}
        </Link>
      ) : (
        <ClientMessages namespaces={["classes"]}>
          <JoinClassForm code={code} />
        </ClientMessages>
      )}
    </div>
  );
}
