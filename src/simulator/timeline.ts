import * as v from 'valibot';
import { callNotesText } from './call-notes';
import { callOutcomeName } from './dispositions';
import { field, idField, isRecord, stringField } from './payload-fields';

const text = v.string();
const maybeText = v.nullable(v.string());

/**
 * A call as HubSpot would show it on the record's timeline after `CALL_COMPLETED`. The
 * schema is the entry's one definition: the simulator keeps entries across its own
 * reloads (portal-memory.ts) and reads them back through it.
 */
export const timelineEntrySchema = v.object({
  /** As the widget sent it, as a string (HubSpot ids may arrive as numbers or strings). */
  engagementId: maybeText,
  externalCallId: maybeText,
  title: text,
  direction: text,
  status: text,
  outcome: text,
  /** `mm:ss`, or null when `hs_call_duration` is missing or not a number of milliseconds. */
  duration: maybeText,
  fromNumber: maybeText,
  toNumber: maybeText,
  /** `hs_call_body` as the text HubSpot displays (see `callNotesText`). */
  notes: text,
  recordingUrl: maybeText,
  /** `hs_timestamp` in epoch milliseconds. */
  callTimestamp: v.nullable(v.number()),
  hideWidget: v.boolean(),
  /** Why HubSpot could not attach this call to an engagement it created, if so. */
  problem: maybeText,
  /** The engagement properties exactly as received. */
  engagementProperties: v.pipe(v.record(v.string(), v.unknown()), v.readonly()),
  loggedAt: v.number(),
});

export type TimelineEntry = v.InferOutput<typeof timelineEntrySchema>;

/** `hs_call_duration` (milliseconds, SPEC §1) as `mm:ss`; minutes keep counting past 59. */
export function callDuration(milliseconds: unknown): string | null {
  const ms =
    typeof milliseconds === 'string' && /^\d+(\.\d+)?$/.test(milliseconds.trim())
      ? Number(milliseconds)
      : milliseconds;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return null;
  const seconds = Math.round(ms / 1000);
  const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return `${mm}:${ss}`;
}

/** `OUTBOUND` → `Outbound`, `NO_ANSWER` → `No answer`: HubSpot's way of showing enums. */
export function enumLabel(value: string): string {
  const words = value.trim().toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function timestamp(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string' || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : parsed;
}

// HubSpot only keeps recordings served over HTTPS (SPEC §1 `hs_call_recording_url`).
function httpsUrl(value: string | null): string | null {
  if (value === null) return null;
  try {
    return new URL(value).protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}

/**
 * The timeline entry for a `CALL_COMPLETED` payload (SPEC §1 `callCompleted`).
 * `createdEngagementIds` are the engagements this HubSpot created: a call completed
 * without one of them could not be attached to its engagement, and the entry says so.
 */
export function timelineEntry(
  data: unknown,
  context: { loggedAt: number; createdEngagementIds: readonly string[] },
): TimelineEntry {
  const rawProperties = field(data, 'engagementProperties');
  const properties = isRecord(rawProperties) ? rawProperties : {};
  const engagementId = idField(data, 'engagementId');
  const direction = stringField(properties, 'hs_call_direction');
  const status = stringField(properties, 'hs_call_status');
  let problem: string | null = null;
  if (engagementId === null) {
    problem = 'No engagementId: HubSpot has no engagement to write these properties to.';
  } else if (!context.createdEngagementIds.includes(engagementId)) {
    problem = `Engagement ${engagementId} was not created by HubSpot for this session.`;
  }
  return {
    engagementId,
    externalCallId: stringField(data, 'externalCallId'),
    title: stringField(properties, 'hs_call_title') || 'Call',
    direction: direction ? enumLabel(direction) : 'Unknown direction',
    status: status ? enumLabel(status) : 'No status',
    outcome: callOutcomeName(stringField(properties, 'hs_call_disposition')),
    duration: callDuration(properties.hs_call_duration),
    fromNumber: stringField(properties, 'hs_call_from_number'),
    toNumber: stringField(properties, 'hs_call_to_number'),
    notes: callNotesText(stringField(properties, 'hs_call_body') ?? ''),
    recordingUrl: httpsUrl(stringField(properties, 'hs_call_recording_url')),
    callTimestamp: timestamp(properties.hs_timestamp),
    hideWidget: field(data, 'hideWidget') === true,
    problem,
    engagementProperties: { ...properties },
    loggedAt: context.loggedAt,
  };
}
