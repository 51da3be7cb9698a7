import { assertNever } from '../assert-never';
import { callNotesText } from './call-notes';
import { callOutcomeName } from './dispositions';
import { field, idField, isRecord, stringField } from './payload-fields';

/** A call as HubSpot would show it on the record's timeline after `CALL_COMPLETED`. */
export interface TimelineEntry {
  /** As the widget sent it, as a string (HubSpot ids may arrive as numbers or strings). */
  engagementId: string | null;
  externalCallId: string | null;
  title: string;
  direction: string;
  status: string;
  outcome: string;
  /** `mm:ss`, or null when `hs_call_duration` is missing or not a number of milliseconds. */
  duration: string | null;
  fromNumber: string | null;
  toNumber: string | null;
  /** `hs_call_body` as the text HubSpot displays (see `callNotesText`). */
  notes: string;
  recordingUrl: string | null;
  /** `hs_timestamp` in epoch milliseconds. */
  callTimestamp: number | null;
  hideWidget: boolean;
  /** Why HubSpot could not attach this call to an engagement it created, if so. */
  problem: string | null;
  /** The engagement properties exactly as received. */
  engagementProperties: Readonly<Record<string, unknown>>;
  loggedAt: number;
}

type FieldKind = 'text' | 'text or null' | 'number' | 'number or null' | 'boolean' | 'object';

type KindOf<T> = [T] extends [string]
  ? 'text'
  : [T] extends [string | null]
    ? 'text or null'
    : [T] extends [number]
      ? 'number'
      : [T] extends [number | null]
        ? 'number or null'
        : [T] extends [boolean]
          ? 'boolean'
          : 'object';

// Every field of TimelineEntry with its kind, checked against the interface by the type:
// a field added there and not here does not compile. (Hand-written rather than valibot:
// the widget's first chunk holds the valibot it uses, and whatever the simulator used too
// would land there.)
const entryFields: { [Key in keyof TimelineEntry]-?: KindOf<TimelineEntry[Key]> } = {
  engagementId: 'text or null',
  externalCallId: 'text or null',
  title: 'text',
  direction: 'text',
  status: 'text',
  outcome: 'text',
  duration: 'text or null',
  fromNumber: 'text or null',
  toNumber: 'text or null',
  notes: 'text',
  recordingUrl: 'text or null',
  callTimestamp: 'number or null',
  hideWidget: 'boolean',
  problem: 'text or null',
  engagementProperties: 'object',
  loggedAt: 'number',
};

function fits(value: unknown, kind: FieldKind): boolean {
  switch (kind) {
    case 'text':
      return typeof value === 'string';
    case 'text or null':
      return value === null || typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'number or null':
      return value === null || (typeof value === 'number' && Number.isFinite(value));
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return isRecord(value);
    default:
      return assertNever(kind);
  }
}

/**
 * A timeline entry kept by the simulator (portal-memory.ts), read back: the entry with
 * exactly its own fields, or null when any field is missing or of another kind.
 */
export function readTimelineEntry(value: unknown): TimelineEntry | null {
  if (!isRecord(value)) return null;
  const entry: Record<string, unknown> = {};
  for (const [key, kind] of Object.entries(entryFields)) {
    if (!fits(value[key], kind)) return null;
    entry[key] = value[key];
  }
  // Every field was just checked against its kind, which the type ties to the interface.
  return entry as unknown as TimelineEntry;
}

/** `hs_call_duration` (milliseconds, docs/contracts.md, HubSpot) as `mm:ss`; minutes keep counting past 59. */
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

// HubSpot only keeps recordings served over HTTPS (docs/contracts.md, HubSpot `hs_call_recording_url`).
function httpsUrl(value: string | null): string | null {
  if (value === null) return null;
  try {
    return new URL(value).protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}

/**
 * The timeline entry for a `CALL_COMPLETED` payload (docs/contracts.md, HubSpot `callCompleted`).
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
