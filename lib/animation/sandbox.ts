// "Drive it yourself": the learner picks each side's next move and the engine answers. A session is its list of
// moves, kept in the URL, so it survives a reload and can be shared; replaying it gives the same connection.
import type { Msg } from "@/lib/i18n/translate";
import {
  type Action,
  type ActResult,
  act,
  type Connection,
  establishedConnection,
  loseInFlight,
  newConnection,
  type Role,
  type Text,
} from "@/lib/tcp";

export type Start = "closed" | "established";
export const SANDBOX_ISN = { client: 4000, server: 9000 };

export type MoveKind = Action["do"] | "lose";
export type Move = { actor: Role; do: MoveKind };

/** Every move offered to each side, in the order the buttons show them, with a one-letter code for the URL. */
export const MOVES: readonly { do: MoveKind; code: string; label: Text }[] = [
  { do: "passive OPEN", code: "L", label: { en: "listen()", zh: "listen()" } },
  { do: "active OPEN", code: "C", label: { en: "connect()", zh: "connect()" } },
  { do: "SEND", code: "S", label: { en: "send 100 bytes", zh: "发送 100 字节" } },
  { do: "CLOSE", code: "X", label: { en: "close()", zh: "close()" } },
  { do: "ABORT", code: "A", label: { en: "abort: send RST", zh: "中止：发送 RST" } },
  { do: "deliver", code: "D", label: { en: "receive the next segment", zh: "接收下一个报文段" } },
  { do: "lose", code: "Z", label: { en: "lose the segment coming here", zh: "丢弃发往这里的报文段" } },
  { do: "timeout=RTO", code: "R", label: { en: "let the retransmission timer expire", zh: "让重传计时器到期" } },
  { do: "timeout=2MSL", code: "T", label: { en: "let the 2MSL timer expire", zh: "让 2MSL 计时器到期" } },
  // Added after the moves above: their codes never change, so every link made before still replays.
  { do: "timeout=USER", code: "U", label: { en: "let the user timeout expire", zh: "让用户超时到期" } },
  { do: "reboot", code: "B", label: { en: "reboot the host (its TCB is lost)", zh: "重启主机（丢失 TCB）" } },
];

export function startConnection(start: Start): Connection {
  return start === "established" ? establishedConnection(SANDBOX_ISN) : newConnection(SANDBOX_ISN);
}

/** One move: what the engine does with it, or why RFC 9293 does not allow it (and nothing changes). */
export function applyMove(connection: Connection, move: Move): ActResult {
  if (move.do === "lose") return loseInFlight(connection, move.actor);
  return act(connection, move.do === "SEND" ? { actor: move.actor, do: "SEND", bytes: 100 } : (move as Action));
}

/** "cX.sD": c or s for the side, then the move's code. */
export function encodeMoves(moves: readonly Move[]): string {
  return moves.map((m) => `${m.actor[0]}${MOVES.find((x) => x.do === m.do)?.code ?? "?"}`).join(".");
}

/** Enough for any connection worth drawing; a longer link is cut here (it would only cost time to draw). */
export const MAX_MOVES = 200;

/** Why a link's moves were not all replayed: a token that is no move, a move not allowed there, or too many. */
export type ReplayProblem =
  | { kind: "not-a-move"; move: number; token: string }
  | { kind: "refused"; move: number; reason: Text }
  | { kind: "too-long"; max: number };

export type Replay = { start: Start; connection: Connection; moves: Move[]; problem: ReplayProblem | null };

/** Replays moves from a URL. A move that cannot be read or is not allowed stops the replay there, and says so. */
export function replay(start: Start, encoded: string): Replay {
  let connection = startConnection(start);
  const moves: Move[] = [];
  const all = encoded === "" ? [] : encoded.split(".", MAX_MOVES + 1);
  const tokens = all.slice(0, MAX_MOVES);
  for (const [i, token] of tokens.entries()) {
    const actor: Role | null = token[0] === "c" ? "client" : token[0] === "s" ? "server" : null;
    const kind = MOVES.find((m) => m.code === token.slice(1));
    const stop = (problem: ReplayProblem): Replay => ({ start, connection, moves, problem });
    if (!actor || !kind || token.length !== 2)
      return stop({ kind: "not-a-move", move: i + 1, token: token.slice(0, 12) });
    const move = { actor, do: kind.do };
    const result = applyMove(connection, move);
    if (!result.ok) return stop({ kind: "refused", move: i + 1, reason: result.reason });
    connection = result.connection;
    moves.push(move);
  }
  return { start, connection, moves, problem: all.length > MAX_MOVES ? { kind: "too-long", max: MAX_MOVES } : null };
}

/** What the page says about a replay that stopped early, with RFC 9293's reason in the learner's language. */
export function replayProblemMessage(problem: ReplayProblem, lang: "en" | "zh"): Msg {
  switch (problem.kind) {
    case "not-a-move":
      return {
        key: "learn.replayNotAMove",
        values: { move: problem.move, token: problem.token, kept: problem.move - 1 },
      };
    case "refused": {
      const reason = lang === "en" ? problem.reason.en.replace(/\.$/, "") : problem.reason.zh.replace(/。$/, "");
      return { key: "learn.replayRefused", values: { move: problem.move, reason, kept: problem.move - 1 } };
    }
    case "too-long":
      return { key: "learn.replayTooLong", values: { max: problem.max } };
  }
}
