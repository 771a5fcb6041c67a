import Link from "next/link";
import { SECONDARY_BUTTON } from "@/components/ui/buttons";

/** Where someone without an account goes next: create one (guest practice comes along) or sign in. */
export function AccountLinks() {
  return (
    <p className="flex flex-wrap gap-3">
      <Link className={SECONDARY_BUTTON} href="/sign-up">
        Create an account
      </Link>
      <Link className={SECONDARY_BUTTON} href="/sign-in">
        Sign in
      </Link>
    </p>
  );
}
