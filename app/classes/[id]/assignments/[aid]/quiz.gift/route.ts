import { assignmentOfTeacher } from "@/lib/auth/access";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { localeOfRequest } from "@/lib/i18n/server";
import { assignmentFile, notYours } from "@/lib/practice/assignment-export";

/** GET …/quiz.gift: the assignment's questions (in their own language), for the teacher of the class only. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; aid: string }> }) {
  const { id, aid } = await params;
  const a = await assignmentOfTeacher(id, aid);
  return a
    ? assignmentFile(a, "gift")
    : notYours(globalTranslatorFor(localeOfRequest(request))("classes.notYourAssignment"));
}
