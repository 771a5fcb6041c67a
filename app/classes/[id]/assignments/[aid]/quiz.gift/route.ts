import { exportRoute } from "@/lib/classes/assignment-export";

/** GET …/quiz.gift: the assignment's questions (in their own language), for the teacher of the class only. */
export const GET = exportRoute("gift");
