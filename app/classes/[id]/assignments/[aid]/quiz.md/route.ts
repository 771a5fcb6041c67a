import { assignmentOfTeacher } from "@/lib/auth/access";
import { assignmentFile, notYours } from "@/lib/practice/assignment-export";

/** GET …/quiz.md: the assignment's questions, for the teacher of the class only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; aid: string }> }) {
  const { id, aid } = await params;
  const a = await assignmentOfTeacher(id, aid);
  return a ? assignmentFile(a, "md") : notYours();
}
