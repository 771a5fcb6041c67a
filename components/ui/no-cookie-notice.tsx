import { getT } from "@/lib/i18n/server";
import { Notice } from "./notice";

/** This browser sends no guest cookie, so nothing can be saved: say what to do. */
export async function NoCookieNotice({ what }: { what: "quizzes" | "reviews" }) {
  const t = await getT("common");
  return (
    <Notice role="alert" className="mb-6">
      {t(what === "quizzes" ? "noCookieQuizzes" : "noCookieReviews")}
    </Notice>
  );
}
