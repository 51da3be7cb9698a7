import { assertNever } from '../assert-never.js';
import type { HubSpotCall } from './hubspot-call.js';
import type { CallMatch } from './match.js';
import { type ProviderCall, providerKey } from './provider-call.js';

/**
 * What the phone knows, and so what the service owns on a HubSpot call (issue 11): status,
 * talk time, recording, summary and transcript, and the provider's id. The widget owns the
 * rest (outcome, notes, title, contact): the service never writes those on a call it did
 * not create.
 */
export const serviceOwnedProperties = [
  'hs_call_external_id',
  'hs_call_status',
  'hs_call_duration',
  'hs_call_recording_url',
  'hs_call_summary',
] as const;
export type ServiceOwnedProperty = (typeof serviceOwnedProperties)[number];

/** What one event tells about one phone call. */
export interface PhoneRecord {
  call: ProviderCall;
  /** The recording link to write (https), when the phone has one. */
  recordingUrl: string | null;
  /** The summary and transcript as one text, when the phone has them. */
  summary: string | null;
}

export type SkipCode =
  | 'several-hubspot-calls'
  | 'several-phone-calls'
  | 'no-widget-call'
  | 'unknown-number'
  | 'too-many-contacts';

export type MatchedVia = 'own' | 'temp-id' | 'widget';

export type WritePlan =
  | {
      kind: 'update';
      hubSpotCallId: string;
      via: MatchedVia;
      properties: Partial<Record<ServiceOwnedProperty, string>>;
    }
  | { kind: 'up-to-date'; hubSpotCallId: string; via: MatchedVia }
  /** No call to update and the call rang here: log it on the contacts with that number. */
  | { kind: 'find-contacts' }
  | { kind: 'skip'; code: SkipCode };

/** The service-owned values this record sets. A value the phone does not have is left alone. */
export function phoneProperties(
  record: PhoneRecord,
): Partial<Record<ServiceOwnedProperty, string>> {
  const { call } = record;
  const properties: Partial<Record<ServiceOwnedProperty, string>> = {
    hs_call_external_id: providerKey(call.provider, call.id),
    hs_call_status: call.status,
    hs_call_duration: String(call.talkMs),
  };
  if (record.recordingUrl !== null) properties.hs_call_recording_url = record.recordingUrl;
  if (record.summary !== null) properties.hs_call_summary = record.summary;
  return properties;
}

function currentValue(call: HubSpotCall, name: ServiceOwnedProperty): string | null {
  switch (name) {
    case 'hs_call_external_id':
      return call.externalId;
    case 'hs_call_status':
      return call.status;
    case 'hs_call_duration':
      return call.durationMs === null ? null : String(call.durationMs);
    case 'hs_call_recording_url':
      return call.recordingUrl;
    case 'hs_call_summary':
      return call.summary;
    default:
      return assertNever(name);
  }
}

/** Only what differs: a replayed event finds nothing to change and writes nothing. */
export function changedProperties(
  current: HubSpotCall,
  wanted: Partial<Record<ServiceOwnedProperty, string>>,
): Partial<Record<ServiceOwnedProperty, string>> {
  const changed: Partial<Record<ServiceOwnedProperty, string>> = {};
  for (const name of serviceOwnedProperties) {
    const value = wanted[name];
    if (value !== undefined && value !== currentValue(current, name)) changed[name] = value;
  }
  return changed;
}

/** What to write, given the phone's record and the HubSpot call it matched (or not). */
export function planForMatch(record: PhoneRecord, match: CallMatch): WritePlan {
  switch (match.kind) {
    case 'own':
    case 'temp-id':
    case 'widget': {
      const properties = changedProperties(match.call, phoneProperties(record));
      return Object.keys(properties).length === 0
        ? { kind: 'up-to-date', hubSpotCallId: match.call.id, via: match.kind }
        : { kind: 'update', hubSpotCallId: match.call.id, via: match.kind, properties };
    }
    case 'none':
      // Outbound calls are placed through the widget, which logs them: one the widget did
      // not log was dialled outside HubSpot, and is not ours to add.
      return record.call.direction === 'INBOUND'
        ? { kind: 'find-contacts' }
        : { kind: 'skip', code: 'no-widget-call' };
    case 'ambiguous':
      return { kind: 'skip', code: match.code };
    default:
      return assertNever(match);
  }
}

/** A call logged on several contacts at most: beyond, the number is a switchboard, not a person. */
export const maxContactsPerCall = 10;

export type NewCallPlan =
  | { kind: 'create'; properties: Record<string, string>; contactIds: string[] }
  | { kind: 'skip'; code: 'unknown-number' | 'too-many-contacts' };

/** The call to create for a call that rang on the phone and that no one logged. */
export function planNewCall(
  record: PhoneRecord,
  contactIds: readonly string[],
  ownerId: string | null,
): NewCallPlan {
  if (contactIds.length === 0) return { kind: 'skip', code: 'unknown-number' };
  if (contactIds.length > maxContactsPerCall) return { kind: 'skip', code: 'too-many-contacts' };
  const { call } = record;
  const [fromNumber, toNumber] =
    call.direction === 'INBOUND'
      ? [call.contactNumber, call.lineNumber]
      : [call.lineNumber, call.contactNumber];
  const properties: Record<string, string> = {
    ...phoneProperties(record),
    hs_timestamp: new Date(call.startedAt).toISOString(),
    hs_call_direction: call.direction,
  };
  if (fromNumber !== null) properties.hs_call_from_number = fromNumber;
  if (toNumber !== null) properties.hs_call_to_number = toNumber;
  if (ownerId !== null) properties.hubspot_owner_id = ownerId;
  return { kind: 'create', properties, contactIds: [...new Set(contactIds)] };
}
