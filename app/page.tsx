import Link from "next/link";
import { AREAS } from "@/components/layout/areas";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui/buttons";
import { currentCaller } from "@/lib/auth/current-learner";
import { quickTen } from "./quiz/actions";

export default async function HomePage() {
  const caller = await currentCaller();
  return (
    <div>
      <section className="max-w-3xl">
        <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">TCP's handshake and teardown, state by state.</h1>
        <p className="mt-5 text-lg text-slate-700 dark:text-slate-300">
          SynAck teaches the TCP connection state machine as RFC 9293 defines it: the three-way handshake, the four-way
          teardown and all eleven states, with the names Linux, <code className="font-mono text-base">ss</code> and{" "}
          <code className="font-mono text-base">netstat</code> print. Every question, card and animation is generated
          from one model of the protocol, so none of them can disagree.
        </p>
        <p className="mt-4 text-slate-600 dark:text-slate-400">
          For students testing themselves, teachers assigning quizzes to a class, and anyone preparing for the interview
          question “describe the handshake, the teardown and each side's states”.
        </p>
        <div className="mt-8 flex flex-wrap items-center gap-3">
          <form action={quickTen}>
            <button type="submit" className={PRIMARY_BUTTON}>
              Quick 10 questions
            </button>
          </form>
          <Link href="/quiz" className={SECONDARY_BUTTON}>
            Choose a quiz
          </Link>
        </div>
      </section>

      <section aria-labelledby="areas-heading" className="mt-12">
        <h2 id="areas-heading" className="text-xl font-semibold">
          What's here
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {AREAS.map((a) => (
            <li key={a.href}>
              <Link
                href={a.href}
                className="flex h-full flex-col rounded-xl border border-slate-200 p-5 transition-colors hover:border-slate-400 hover:bg-slate-50 dark:border-slate-800 dark:hover:border-slate-600 dark:hover:bg-slate-900"
              >
                <span className="flex items-center justify-between gap-2">
                  <span className="text-lg font-semibold">{a.title}</span>
                  <span
                    className={
                      a.ready
                        ? "rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100"
                        : "rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-300"
                    }
                  >
                    {a.ready ? "Open" : "Not open yet"}
                  </span>
                </span>
                <span className="mt-2 text-sm text-slate-600 dark:text-slate-400">{a.summary}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <p className="mt-10 text-sm text-slate-600 dark:text-slate-400">
        {caller?.user
          ? `Your progress is saved as you go in your account, ${caller.user.name} — `
          : "Your progress is saved as you go under a guest profile in this browser — "}
        <Link className="underline underline-offset-2" href="/me">
          see your profile
        </Link>
        .
      </p>
    </div>
  );
}
