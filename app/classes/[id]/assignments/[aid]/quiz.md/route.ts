import { exportRoute } from "@/lib/classes/assignment-export";

/** GET …/quiz.md: the assignment's questions (in their own language), for the teacher of the class only. */
export const GET = exportRoute("md");
