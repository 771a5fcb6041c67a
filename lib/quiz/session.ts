// The quiz page's state as a pure reducer: one question at a time, a draft answer, saving, feedback.
// The page owns the network and the clock; this decides what each event does to the state, and is unit-tested.
import type { AskedQuestion } from "./attempt";
import type { AnswerFeedback } from "./results";

export type Entry = {
  question: AskedQuestion;
  /** The choice picked, the text typed, or the current order of the segments. */
  draft: string | string[] | null;
  status: "open" | "saving" | "done";
  /** What the learner is told once it is recorded: the verdict, or only that it is recorded (withheld). */
  feedback: AnswerFeedback | null;
  /** Typed text that named no state: what to fix before answering. */
  hint: string | null;
  /** Saving failed: what went wrong. The draft is kept so nothing has to be redone. */
  error: string | null;
};

export type Session = { entries: Entry[]; index: number };

export type SessionAction =
  | { type: "choose"; value: string }
  | { type: "type"; text: string }
  | { type: "move"; from: number; to: number }
  | { type: "submit" }
  | { type: "saved"; feedback: AnswerFeedback }
  | { type: "retype"; hint: string }
  | { type: "failed"; message: string }
  | { type: "next" };

/** A session for these questions, resuming where the learner left off when some are already answered. */
export function startSession(questions: AskedQuestion[], answered: AnswerFeedback[] = []): Session {
  const byId = new Map(answered.map((f) => [f.questionId, f]));
  const entries = questions.map((question): Entry => {
    const feedback = byId.get(question.id) ?? null;
    return {
      question,
      draft: feedback ? feedback.response : question.format === "order" ? [...(question.choices ?? [])] : null,
      status: feedback ? "done" : "open",
      feedback,
      hint: null,
      error: null,
    };
  });
  const firstOpen = entries.findIndex((e) => e.status !== "done");
  return { entries, index: firstOpen === -1 ? Math.max(0, entries.length - 1) : firstOpen };
}

export function current(session: Session): Entry | undefined {
  return session.entries[session.index];
}

export function canSubmit(entry: Entry | undefined): boolean {
  if (entry?.status !== "open") return false;
  if (entry.question.format === "state-name") return typeof entry.draft === "string" && entry.draft.trim() !== "";
  return entry.draft !== null;
}

export function answeredCount(session: Session): number {
  return session.entries.filter((e) => e.status === "done").length;
}

export function finished(session: Session): boolean {
  return session.entries.length > 0 && session.entries.every((e) => e.status === "done");
}

function update(session: Session, change: (entry: Entry) => Entry): Session {
  const entry = current(session);
  if (!entry) return session;
  const entries = session.entries.slice();
  entries[session.index] = change(entry);
  return { ...session, entries };
}

function editable(entry: Entry): boolean {
  return entry.status === "open";
}

export function sessionReducer(session: Session, action: SessionAction): Session {
  const entry = current(session);
  if (!entry) return session;
  switch (action.type) {
    case "choose":
      if (!editable(entry) || entry.question.format !== "choice") return session;
      if (!entry.question.choices?.includes(action.value)) return session;
      return update(session, (e) => ({ ...e, draft: action.value, error: null }));
    case "type":
      if (!editable(entry) || entry.question.format !== "state-name") return session;
      return update(session, (e) => ({ ...e, draft: action.text, hint: null, error: null }));
    case "move": {
      if (!editable(entry) || !Array.isArray(entry.draft)) return session;
      const order = entry.draft.slice();
      if (action.to < 0 || action.to >= order.length || action.from < 0 || action.from >= order.length) return session;
      const [moved] = order.splice(action.from, 1);
      order.splice(action.to, 0, moved as string);
      return update(session, (e) => ({ ...e, draft: order, error: null }));
    }
    case "submit":
      if (!canSubmit(entry)) return session;
      return update(session, (e) => ({ ...e, status: "saving", hint: null, error: null }));
    case "saved": {
      const index = session.entries.findIndex((e) => e.question.id === action.feedback.questionId);
      if (index === -1) return session;
      const entries = session.entries.slice();
      const saved = entries[index] as Entry;
      entries[index] = { ...saved, status: "done", feedback: action.feedback, draft: action.feedback.response };
      return { ...session, entries };
    }
    case "retype":
      if (entry.status !== "saving") return session;
      return update(session, (e) => ({ ...e, status: "open", hint: action.hint }));
    case "failed":
      if (entry.status !== "saving") return session;
      return update(session, (e) => ({ ...e, status: "open", error: action.message }));
    case "next":
      if (entry.status !== "done" || session.index >= session.entries.length - 1) return session;
      return { ...session, index: session.index + 1 };
  }
}
