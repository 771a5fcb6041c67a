import Link from "next/link";
import { SECONDARY_BUTTON } from "@/components/ui/buttons";
import { getT } from "@/lib/i18n/server";

/** Where someone without an account goes next: create one (guest practice comes along) or sign in. */
export async function AccountLinks() {
  const t = await getT("account");
  return (
    <p className="flex flex-wrap gap-3">
      <Link className={SECONDARY_BUTTON} href="/sign-up">
        {t("signUpTitle")}
      </Link>
      <Link className={SECONDARY_BUTTON} href="/sign-in">
        {t("signIn")}
      </Link>
    </p>
  );
}
