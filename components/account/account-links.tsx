import Link from "next/link";
import { SECONDARY_BUTTON } from "@/components/ui/buttons";
import { getT } from "@/lib/i18n/server";

/**
 * Where someone without an account goes next: create one (guest practice comes along) or sign in, and then back to
 * `next` (a path on this site) if given.
 */
export async function AccountLinks({ next }: { next?: string }) {
  const t = await getT("account");
  const back = next ? `?next=${encodeURIComponent(next)}` : "";
  return (
    <p className="flex flex-wrap gap-3">
      <Link className={SECONDARY_BUTTON} href={`/sign-up${back}`}>
        {t("signUpTitle")}
      </Link>
      <Link className={SECONDARY_BUTTON} href={`/sign-in${back}`}>
        {t("signIn")}
      </Link>
    </p>
  );
}
