import { exportRoute } from "@/lib/classes/assignment-export";

/** GET …/quiz.qti.zip: the assignment's questions as a QTI 1.2 package (what Canvas imports), for its teacher only. */
export const GET = exportRoute("qti");
