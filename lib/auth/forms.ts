// The sign-up and sign-in forms: what they accept, and what a refusal from better-auth says to the person. Shared
// by the form (to answer at once) and its tests. No message tells whether an email has an account.
import { z } from "zod";

export const signUpForm = z.object({
  name: z.string().trim().min(1, { error: "Type your name (any name: it is shown to your teacher)." }).max(80),
  email: z.email({ error: "Type an email address like name@example.com." }).max(254),
  password: z
    .string()
    .min(8, { error: "The password needs at least 8 characters." })
    .max(128, { error: "The password can have at most 128 characters." }),
});

export const signInForm = z.object({
  email: z.email({ error: "Type the email address you signed up with." }).max(254),
  password: z.string().min(1, { error: "Type your password." }).max(128),
});

/** What to tell the person when better-auth refuses (its HTTP status and error code). */
export function refusalMessage(form: "sign-up" | "sign-in", status: number, code: string | undefined): string {
  if (status === 429) return "Too many attempts from here: wait a minute, then try again.";
  if (form === "sign-in") return "That email and password do not match an account. Check both and try again.";
  if (code === "PASSWORD_TOO_SHORT") return "The password needs at least 8 characters.";
  if (code === "PASSWORD_TOO_LONG") return "The password can have at most 128 characters.";
  if (code === "INVALID_EMAIL") return "Type an email address like name@example.com.";
  // Said the same way whether or not the email already has an account.
  return "No account could be created with these details. If you already have one, sign in instead.";
}
