import Link from "next/link";
import { SECONDARY_BUTTON } from "@/components/ui/buttons";
import { withNext } from "@/lib/auth/forms";
import { getT } from "@/lib/i18n/server";

/**
 * Where someone without an account goes next: create one (guest practice comes along) or sign in, and then back to
 * `next` (a path on this site) if given.
 */
export async function AccountLinks({ next }: { next?: string }) {
  const t = await getT("account");
  return (
    <p className="flex flex-wrap gap-3">
      <Link className={SECONDARY_BUTTON} href={withNext("/sign-up", next)}>
        {t("signUpTitle")}
      </Link>
      <Link className={SECONDARY_BUTTON} href={withNext("/sign-in", next)}>
        {t("signIn")}
      </Link>
    </p>
  );
}
