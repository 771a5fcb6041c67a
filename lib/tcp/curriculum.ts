// What SynAck teaches, each concept written once as a list: the levels a scenario or question is at, and what it is
// about. Types, forms and zod schemas derive from these lists, so a new level or topic is one edit here that the
// compiler then asks for everywhere it must be named (a Record keyed by the type is incomplete without it).
// No imports: the forms in the browser read these without loading the TCP engine.

/** How far into TCP a scenario or question goes. */
export const LEVELS = ["basics", "intermediate", "advanced"] as const;
export type Level = (typeof LEVELS)[number];

export const isLevel = (value: unknown): value is Level => (LEVELS as readonly unknown[]).includes(value);

/** The parts of a connection's life a scenario is about. */
export const TOPICS = ["handshake", "teardown", "edge-cases"] as const;
export type Topic = (typeof TOPICS)[number];

/** What a question or a card can be about: a part of a connection's life, the names tools print, seq/ack arithmetic. */
export const SUBJECTS = [...TOPICS, "naming", "seq-ack"] as const;
export type Subject = (typeof SUBJECTS)[number];
