import type { CallDirection } from './provider-call.js';

/** The call properties the service reads to match and compare. */
export const hubSpotCallProperties = [
  'hs_call_external_id',
  'hs_timestamp',
  'hs_call_direction',
  'hs_call_to_number',
  'hs_call_from_number',
  'hubspot_owner_id',
  'hs_call_status',
  'hs_call_duration',
  'hs_call_recording_url',
  'hs_call_summary',
] as const;

/** A HubSpot call as the service sees it: only what matching and comparing need. */
export interface HubSpotCall {
  id: string;
  /** `hs_call_external_id`: our provider key once the service has written the call. */
  externalId: string | null;
  /** `hs_timestamp`, in milliseconds. */
  timestamp: number | null;
  direction: CallDirection | null;
  toNumber: string | null;
  fromNumber: string | null;
  ownerId: string | null;
  status: string | null;
  durationMs: number | null;
  recordingUrl: string | null;
  summary: string | null;
}

/** HubSpot's CRM object shape: every property a string or null. */
export interface CrmObject {
  id: string;
  properties: Record<string, string | null | undefined>;
}

function value(properties: CrmObject['properties'], name: string): string | null {
  const text = properties[name];
  return text === undefined || text === null || text === '' ? null : text;
}

/** HubSpot answers datetimes as ISO strings and accepts them as milliseconds: read both. */
export function readTimestamp(text: string | null): number | null {
  if (text === null) return null;
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : at;
}

export function readHubSpotCall(object: CrmObject): HubSpotCall {
  const { properties } = object;
  const direction = value(properties, 'hs_call_direction');
  const duration = value(properties, 'hs_call_duration');
  return {
    id: object.id,
    externalId: value(properties, 'hs_call_external_id'),
    timestamp: readTimestamp(value(properties, 'hs_timestamp')),
    direction: direction === 'INBOUND' || direction === 'OUTBOUND' ? direction : null,
    toNumber: value(properties, 'hs_call_to_number'),
    fromNumber: value(properties, 'hs_call_from_number'),
    ownerId: value(properties, 'hubspot_owner_id'),
    status: value(properties, 'hs_call_status'),
    durationMs: duration !== null && /^\d+(\.\d+)?$/.test(duration) ? Number(duration) : null,
    recordingUrl: value(properties, 'hs_call_recording_url'),
    summary: value(properties, 'hs_call_summary'),
  };
}
