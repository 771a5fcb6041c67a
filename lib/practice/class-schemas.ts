// What the class forms send, validated the same way wherever they arrive.
import { z } from "zod";
import { normalizeCode } from "@/lib/classes/join-code";

export const className = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: "Give the class a name, such as “Networks, Tuesday group”." })
    .max(80, { error: "A class name can have at most 80 characters." }),
});

export const joinCode = z.object({
  code: z
    .string()
    .max(20, { error: "A join code has six letters and digits, like K7Q-2MX." })
    .transform((typed, ctx) => {
      const code = normalizeCode(typed);
      if (!code) ctx.addIssue({ code: "custom", message: "A join code has six letters and digits, like K7Q-2MX." });
      return code ?? "";
    }),
});

export const classId = z.string().min(1).max(40);
