import Link from "next/link";
import { getT } from "@/lib/i18n/server";

/** The way back to /learn at the foot of the pages under it. */
export async function BackToLearn() {
  const t = await getT("learn");
  return (
    <p className="mt-10 text-sm">
      <Link className="underline underline-offset-2" href="/learn">
        {t("allScenariosAndStates")}
      </Link>
    </p>
  );
}
