import type { Metadata } from "next";
import Link from "next/link";
import { Sandbox } from "@/components/animation/sandbox";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { encodeMoves, replay, type Start } from "@/lib/animation";

export const metadata: Metadata = { title: "Drive it yourself" };

type Props = { searchParams: Promise<{ start?: string | string[]; moves?: string | string[] }> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The sandbox. Its moves live in the address (`?start=closed&moves=sL.cC`), so a session survives a reload. */
export default async function SandboxPage({ searchParams }: Props) {
  const query = await searchParams;
  const asked = first(query.start);
  const start: Start = asked === "established" ? "established" : "closed";
  const problems: string[] = [];
  if (asked !== undefined && asked !== "closed" && asked !== "established") {
    problems.push(`"${asked.slice(0, 20)}" is not a way to start; starting with both sides CLOSED.`);
  }
  const replayed = replay(start, first(query.moves) ?? "");
  if (replayed.problem) problems.push(replayed.problem);

  return (
    <div>
      <PageHeader
        eyebrow="Learn · sandbox"
        title="Drive it yourself"
        lead="Choose what each side does next: call listen(), connect() or close(), deliver or lose the segment in flight, let a timer expire, send a RST. The model answers as RFC 9293 says, and explains the moves it does not allow."
      />
      {problems.map((p) => (
        <Notice key={p}>{p}</Notice>
      ))}
      <Sandbox start={start} moves={encodeMoves(replayed.moves)} />
      <p className="mt-10 text-sm">
        <Link className="underline underline-offset-2" href="/learn">
          All scenarios and states
        </Link>
      </p>
    </div>
  );
}
