import * as v from 'valibot';
import { type ParsedEvent, readJson } from './openphone-events.js';
import { toE164 } from './phone-number.js';
import type { CallDirection, PhoneCallStatus, ProviderCall } from './provider-call.js';

// CareSoft publishes its call fields (`GET /{domain}/api/v1/calls`) but not its webhook body:
// webhooks are set up through CareSoft support. We read a call in the API's shape, either as
// the whole body or under `call` or `data`, and acknowledge anything else without acting.

const idLike = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.integer())]),
  v.transform(String),
  v.string(),
  v.minLength(1),
  v.maxLength(64),
);
const seconds = v.pipe(
  v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+(\.\d+)?$/), v.transform(Number))]),
  v.number(),
  v.minValue(0),
);
const optionalText = v.optional(v.nullable(v.string()), null);

export const careSoftCallSchema = v.object({
  call_id: idLike,
  caller: v.string(),
  called: v.string(),
  agent_id: v.optional(v.nullable(idLike), null),
  start_time: v.string(),
  end_time: optionalText,
  talk_time: v.optional(v.nullable(seconds), null),
  wait_time: v.optional(v.nullable(seconds), null),
  call_status: v.picklist(['miss', 'metAgent']),
  missed_reason: optionalText,
  path: optionalText,
  path_download: optionalText,
  /** Not in CareSoft's published fields: read when present, the direction inferred when not. */
  call_type: v.optional(v.nullable(v.union([v.string(), v.number()])), null),
  /** Our call id as passed to CsCall; no public document shows it coming back. */
  tempId: v.optional(v.nullable(idLike), null),
  temp_id: v.optional(v.nullable(idLike), null),
});
export type CareSoftCall = v.InferOutput<typeof careSoftCallSchema>;

export type CareSoftEvent =
  | { type: 'call'; call: CareSoftCall }
  | { type: 'other'; eventType: string | null };

function candidateCall(body: Record<string, unknown>): unknown {
  if ('call_id' in body) return body;
  for (const key of ['call', 'data']) {
    const inner = body[key];
    if (typeof inner === 'object' && inner !== null && 'call_id' in inner) return inner;
  }
  return null;
}

/** Turns a CareSoft webhook body into a finished call, or an event we leave alone. */
export function parseCareSoftEvent(rawBody: Uint8Array): ParsedEvent<CareSoftEvent> {
  const json = readJson(rawBody);
  if (!json.ok) return { ok: false, code: 'invalid-json' };
  const body = json.value;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, code: 'invalid-event' };
  }
  const record = body as Record<string, unknown>;
  const call = candidateCall(record);
  if (call === null) {
    const named = record.event ?? record.type;
    return {
      ok: true,
      event: { type: 'other', eventType: typeof named === 'string' ? named.slice(0, 100) : null },
    };
  }
  const parsed = v.safeParse(careSoftCallSchema, call);
  return parsed.success
    ? { ok: true, event: { type: 'call', call: parsed.output } }
    : { ok: false, code: 'invalid-event' };
}

/** CareSoft's times carry no offset; its accounts run on Vietnam time (UTC+7, no DST). */
export function careSoftTime(text: string | null): number | null {
  if (text === null) return null;
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    text.trim(),
  );
  if (match === null) return null;
  const [, date, time, fraction = '', zone] = match;
  const at = Date.parse(`${date}T${time}${fraction}${zone ?? '+07:00'}`);
  return Number.isNaN(at) ? null : at;
}

function direction(call: CareSoftCall): CallDirection {
  const type = String(call.call_type ?? '').toLowerCase();
  if (['1', 'in', 'inbound', 'incoming'].includes(type)) return 'INBOUND';
  if (['2', 'out', 'outbound', 'outgoing'].includes(type)) return 'OUTBOUND';
  // An agent's extension is a short internal number: when it is the caller, we called out.
  const caller = call.caller.replace(/\D/g, '');
  return caller.length <= 6 || caller === call.agent_id ? 'OUTBOUND' : 'INBOUND';
}

function status(call: CareSoftCall, way: CallDirection): PhoneCallStatus {
  if (call.call_status === 'metAgent') return 'COMPLETED';
  if (/busy|bận/i.test(call.missed_reason ?? '')) return 'BUSY';
  return way === 'INBOUND' ? 'MISSED' : 'NO_ANSWER';
}

export type NormalisedCareSoftCall =
  | { ok: true; call: ProviderCall }
  | { ok: false; code: 'call-not-finished' | 'no-contact-number' | 'unreadable-time' };

/** The provider-neutral call for a CareSoft call record; national numbers are read as Vietnamese. */
export function normaliseCareSoftCall(call: CareSoftCall): NormalisedCareSoftCall {
  const startedAt = careSoftTime(call.start_time);
  const endedAt = careSoftTime(call.end_time);
  if (startedAt === null) return { ok: false, code: 'unreadable-time' };
  if (endedAt === null) return { ok: false, code: 'call-not-finished' };
  const way = direction(call);
  const outbound = way === 'OUTBOUND';
  const contactNumber = toE164(outbound ? call.called : call.caller, 'VN');
  if (contactNumber === null) return { ok: false, code: 'no-contact-number' };
  const callStatus = status(call, way);
  const talkMs = callStatus === 'COMPLETED' ? Math.round((call.talk_time ?? 0) * 1000) : 0;
  const recording = [call.path_download, call.path].find(
    (link): link is string => link?.startsWith('https://') === true,
  );
  return {
    ok: true,
    call: {
      provider: 'caresoft',
      id: call.call_id,
      direction: way,
      status: callStatus,
      startedAt,
      answeredAt: callStatus === 'COMPLETED' ? Math.max(startedAt, endedAt - talkMs) : null,
      endedAt: Math.max(startedAt, endedAt),
      talkMs,
      contactNumber,
      lineNumber: toE164(outbound ? call.caller : call.called, 'VN'),
      lineId: null,
      agent:
        call.agent_id === null ? null : { kind: 'caresoft-extension', extension: call.agent_id },
      tempId: call.tempId ?? call.temp_id ?? null,
      recordingUrl: recording ?? null,
    },
  };
}
