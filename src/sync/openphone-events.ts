import * as v from 'valibot';
import { toE164 } from './phone-number.js';
import type { PhoneCallStatus, ProviderCall } from './provider-call.js';

// OpenPhone's webhook envelope `{ id, object: "event", apiVersion, createdAt, type,
// data: { object } }` and its call object. Fields we do not use are let through untouched,
// so a field OpenPhone adds tomorrow breaks nothing; the fields we do use are checked.

const isoTime = v.pipe(v.string(), v.isoTimestamp());
const optionalTime = v.optional(v.nullable(isoTime), null);
const shortText = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));

const media = v.object({
  url: v.pipe(v.string(), v.url()),
  type: v.optional(v.nullable(v.string())),
  duration: v.optional(v.nullable(v.number())),
});

/** A call as OpenPhone's webhooks (`from`/`to`) and its REST API (`participants`) give it. */
export const openPhoneCallSchema = v.object({
  id: shortText(64),
  direction: v.picklist(['incoming', 'outgoing']),
  status: shortText(40),
  createdAt: isoTime,
  answeredAt: optionalTime,
  completedAt: optionalTime,
  from: v.optional(v.nullable(v.string())),
  to: v.optional(v.nullable(v.union([v.string(), v.array(v.string())]))),
  participants: v.optional(v.array(v.string())),
  phoneNumberId: v.optional(v.nullable(v.string())),
  userId: v.optional(v.nullable(v.string())),
  media: v.optional(v.nullable(v.array(media))),
});
export type OpenPhoneCall = v.InferOutput<typeof openPhoneCallSchema>;

export const openPhoneSummarySchema = v.object({
  callId: shortText(64),
  status: v.optional(v.nullable(v.string())),
  summary: v.optional(v.nullable(v.array(v.string())), null),
  nextSteps: v.optional(v.nullable(v.array(v.string())), null),
});
export type OpenPhoneSummary = v.InferOutput<typeof openPhoneSummarySchema>;

export const openPhoneTranscriptSchema = v.object({
  callId: shortText(64),
  status: v.optional(v.nullable(v.string())),
  dialogue: v.optional(
    v.nullable(
      v.array(
        v.object({
          content: v.string(),
          start: v.optional(v.nullable(v.number())),
          identifier: v.optional(v.nullable(v.string())),
          userId: v.optional(v.nullable(v.string())),
        }),
      ),
    ),
    null,
  ),
});
export type OpenPhoneTranscript = v.InferOutput<typeof openPhoneTranscriptSchema>;

const envelope = v.object({
  id: shortText(128),
  object: v.optional(v.literal('event')),
  type: shortText(100),
  data: v.object({ object: v.unknown() }),
});

export type OpenPhoneEvent =
  | { type: 'call.completed'; eventId: string; call: OpenPhoneCall }
  | { type: 'call.recording.completed'; eventId: string; call: OpenPhoneCall }
  | { type: 'call.summary.completed'; eventId: string; summary: OpenPhoneSummary }
  | { type: 'call.transcript.completed'; eventId: string; transcript: OpenPhoneTranscript }
  /** Any other event type: acknowledged, never acted on. */
  | { type: 'other'; eventId: string; eventType: string };

export type ParsedEvent<Event> =
  | { ok: true; event: Event }
  | { ok: false; code: 'invalid-json' | 'invalid-event' };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a signed body as JSON; bytes that are not UTF-8 JSON are `invalid-json`. */
export function readJson(rawBody: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(decoder.decode(rawBody)) };
  } catch {
    return { ok: false };
  }
}

/** Turns an OpenPhone webhook body into one of the events the service knows. */
export function parseOpenPhoneEvent(rawBody: Uint8Array): ParsedEvent<OpenPhoneEvent> {
  const json = readJson(rawBody);
  if (!json.ok) return { ok: false, code: 'invalid-json' };
  const outer = v.safeParse(envelope, json.value);
  if (!outer.success) return { ok: false, code: 'invalid-event' };
  const { id: eventId, type, data } = outer.output;
  const inner = (() => {
    switch (type) {
      case 'call.completed':
      case 'call.recording.completed': {
        const call = v.safeParse(openPhoneCallSchema, data.object);
        return call.success ? { type, eventId, call: call.output } : null;
      }
      case 'call.summary.completed': {
        const summary = v.safeParse(openPhoneSummarySchema, data.object);
        return summary.success ? { type, eventId, summary: summary.output } : null;
      }
      case 'call.transcript.completed': {
        const transcript = v.safeParse(openPhoneTranscriptSchema, data.object);
        return transcript.success ? { type, eventId, transcript: transcript.output } : null;
      }
      default:
        return { type: 'other' as const, eventId, eventType: type };
    }
  })();
  return inner === null ? { ok: false, code: 'invalid-event' } : { ok: true, event: inner };
}

/**
 * How OpenPhone's call statuses end on HubSpot. `null`: the call is not over yet (queued,
 * ringing, in progress), so there is nothing final to write.
 */
export function openPhoneStatus(call: OpenPhoneCall): PhoneCallStatus | null {
  const answered = call.answeredAt !== null;
  const unanswered: PhoneCallStatus = call.direction === 'incoming' ? 'MISSED' : 'NO_ANSWER';
  switch (call.status) {
    case 'completed':
    case 'answered':
    case 'forwarded':
      return answered ? 'COMPLETED' : unanswered;
    case 'busy':
      return 'BUSY';
    case 'failed':
      return 'FAILED';
    case 'no-answer':
      return 'NO_ANSWER';
    case 'canceled':
      return call.direction === 'incoming' ? 'MISSED' : 'CANCELED';
    case 'missed':
    case 'abandoned':
      return 'MISSED';
    default:
      return null;
  }
}

function first(value: string | readonly string[] | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : (value[0] ?? null);
}

export type NormalisedCall =
  | { ok: true; call: ProviderCall }
  | { ok: false; code: 'call-not-finished' | 'no-contact-number' };

/** The provider-neutral call for an OpenPhone call object. */
export function normaliseOpenPhoneCall(call: OpenPhoneCall): NormalisedCall {
  const status = openPhoneStatus(call);
  if (status === null || call.completedAt === null) return { ok: false, code: 'call-not-finished' };
  const incoming = call.direction === 'incoming';
  const other = incoming ? call.from : first(call.to);
  const ours = incoming ? first(call.to) : call.from;
  const contactNumber = toE164(other ?? first(call.participants));
  if (contactNumber === null) return { ok: false, code: 'no-contact-number' };
  const startedAt = Date.parse(call.createdAt);
  const endedAt = Math.max(startedAt, Date.parse(call.completedAt));
  const answeredAt = call.answeredAt === null ? null : Date.parse(call.answeredAt);
  const recording = (call.media ?? []).find((item) => item.url.startsWith('https://'));
  return {
    ok: true,
    call: {
      provider: 'openphone',
      id: call.id,
      direction: incoming ? 'INBOUND' : 'OUTBOUND',
      status,
      startedAt,
      answeredAt,
      endedAt,
      talkMs: answeredAt === null || status !== 'COMPLETED' ? 0 : Math.max(0, endedAt - answeredAt),
      contactNumber,
      lineNumber: toE164(ours),
      lineId: call.phoneNumberId ?? null,
      agent: call.userId ? { kind: 'openphone-user', userId: call.userId } : null,
      tempId: null,
      recordingUrl: recording?.url ?? null,
    },
  };
}
