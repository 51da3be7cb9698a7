import * as v from 'valibot';
import { builtOnFirstUse } from '../built-on-first-use';
import { callCompletionSchema } from '../call/completion';
import { awaitedAnswerSchema } from '../call/engagement-answers';
import { engagementIdSchema } from '../call/ids';
import { type CallPhase, callPhaseSchema, callStateSchema, waitingDialSchema } from '../call/state';
import { type JournalContents, outboxEntrySchema, recordVersion } from './journal-schema';

/** A part of a stored record this build could not read, kept as it was found. */
export interface SetAsidePiece {
  /** Which part: `record` (all of it), `phase` (the call in progress), `outbox`, ... */
  piece: string;
  raw: unknown;
}

/** The record's frame of fields, each still unread: every part is read on its own. */
const shellSchema = builtOnFirstUse(() =>
  v.looseObject({
    v: v.optional(v.number()),
    /** Records written before instances had their own (`handoff.journal.v1`). */
    version: v.optional(v.number()),
    instance: v.optional(v.string()),
    savedAt: v.optional(v.number()),
    releasedAt: v.optional(v.nullable(v.number())),
    state: v.optional(v.record(v.string(), v.unknown())),
    outbox: v.optional(v.array(v.unknown()), []),
    sent: v.optional(v.array(v.unknown()), []),
    history: v.optional(v.array(v.unknown()), []),
  }),
);

const idle = { status: 'idle', lastCall: null } as const;

/** Each item `schema` reads; the others are set aside under `piece`. */
function readEach<T>(
  items: readonly unknown[],
  schema: v.GenericSchema<unknown, T>,
  piece: string,
  setAside: SetAsidePiece[],
): T[] {
  return items.flatMap((item) => {
    const read = v.safeParse(schema, item);
    if (read.success) return [read.output];
    setAside.push({ piece, raw: item });
    return [];
  });
}

type Shell = v.InferOutput<typeof shellSchema>;

/** The record's frame, or the whole record set aside when this build cannot read it. */
function readShell(
  raw: string,
): { fields: Shell; unread?: never } | { fields: null; unread: SetAsidePiece } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { fields: null, unread: { piece: 'record', raw } };
  }
  const shell = v.safeParse(shellSchema, data);
  const layout = shell.success ? (shell.output.v ?? shell.output.version) : undefined;
  if (!shell.success || layout === undefined || layout > recordVersion) {
    return { fields: null, unread: { piece: 'record', raw: data } };
  }
  return { fields: shell.output };
}

/**
 * Only the call of a stored record, read as `readRecord` reads it, without its history or
 * queue: null when nothing was stored, `unread` when the record or its call could not be
 * read (`readRecord` would set it aside).
 */
export function readRecordPhase(raw: string | null): CallPhase | 'unread' | null {
  if (raw === null) return null;
  const { fields } = readShell(raw);
  if (fields === null) return 'unread';
  const phase = fields.state?.phase;
  if (phase === undefined) return idle;
  const read = v.safeParse(callPhaseSchema, phase);
  return read.success ? read.output : 'unread';
}

/**
 * Reads a stored record part by part: a part this build cannot read (an outcome a newer
 * version added, a damaged entry) is set aside on its own, and everything else (the call
 * in progress above all) is kept. Null when nothing was stored.
 */
export interface ReadRecord {
  contents: JournalContents;
  instance: string | null;
  savedAt: number | null;
  releasedAt: number | null;
}

export function readRecord(raw: string | null): {
  record: ReadRecord | null;
  setAside: SetAsidePiece[];
} {
  if (raw === null) return { record: null, setAside: [] };
  const shell = readShell(raw);
  if (shell.fields === null) return { record: null, setAside: [shell.unread] };
  const setAside: SetAsidePiece[] = [];
  const { fields } = shell;
  const state = fields.state ?? {};
  const phase = v.safeParse(callPhaseSchema, state.phase);
  if (!phase.success && state.phase !== undefined)
    setAside.push({ piece: 'phase', raw: state.phase });
  const waiting = v.safeParse(v.nullable(waitingDialSchema), state.waitingDial ?? null);
  if (!waiting.success) setAside.push({ piece: 'waitingDial', raw: state.waitingDial });
  // The queue of awaited answers is rebuilt from the live call when it cannot be read, as
  // for records written before it existed.
  const awaiting = v.safeParse(v.optional(v.array(awaitedAnswerSchema)), state.awaitingAnswers);
  if (!awaiting.success) setAside.push({ piece: 'awaitingAnswers', raw: state.awaitingAnswers });
  const answered = v.safeParse(v.array(v.unknown()), state.answered);
  const callState = v.parse(callStateSchema, {
    phase: phase.success ? phase.output : idle,
    waitingDial: waiting.success ? waiting.output : null,
    callerId: v.parse(v.fallback(v.nullable(v.string()), null), state.callerId ?? null),
    awaitingAnswers: awaiting.success ? awaiting.output : undefined,
    answered: readEach(answered.success ? answered.output : [], engagementIdSchema, 'answered', []),
  });
  return {
    record: {
      contents: {
        state: callState,
        outbox: readEach(fields.outbox, outboxEntrySchema, 'outbox', setAside),
        sent: readEach(fields.sent, v.string(), 'sent', setAside),
        history: readEach(fields.history, callCompletionSchema, 'history', setAside),
      },
      instance: fields.instance ?? null,
      savedAt: fields.savedAt ?? null,
      releasedAt: fields.releasedAt ?? null,
    },
    setAside,
  };
}
