import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getT("layout");
  return (
    <div>
      <PageHeader title={t("notFoundTitle")} lead={t("notFoundLead")} />
      <Link className="font-medium text-sky-700 underline underline-offset-2 dark:text-sky-400" href="/">
        {t("goHome")}
      </Link>
    </div>
  );
}
