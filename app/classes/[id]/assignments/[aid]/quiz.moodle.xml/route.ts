import { exportRoute } from "@/lib/classes/assignment-export";

/** GET …/quiz.moodle.xml: the assignment's questions in Moodle XML, for the teacher of the class only. */
export const GET = exportRoute("moodle");
