import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export default function NotFound() {
  return (
    <div>
      <PageHeader title="No such page" lead="The link may be mistyped, or the page may have moved." />
      <Link className="font-medium text-sky-700 underline underline-offset-2 dark:text-sky-400" href="/">
        Go to the home page
      </Link>
    </div>
  );
}
