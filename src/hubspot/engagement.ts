import * as v from 'valibot';
import type { CallCompletion } from '../call/completion';
import type { Effect } from '../call/effects';
import type { CallOutcome } from '../call/outcome';
import { positiveIdSchema } from './read-payload';

/** HubSpot's default call outcome GUIDs (`hs_call_disposition`), the same in every portal. */
export const dispositionIds: Record<CallOutcome, string> = {
  connected: 'f240bbac-87c9-4f6e-bf70-924b57d47db7',
  busy: '9d9162e7-6cf3-4944-bf63-4dff82258764',
  noAnswer: '73a0d17f-1163-4015-bdd5-ec830791da20',
  leftVoicemail: 'b2cf5968-551e-4856-9783-52b3da59a7d0',
  leftLiveMessage: 'a4c4c377-d246-4b32-a13b-75a56a4cd0ff',
  wrongNumber: '17b47fee-58de-441e-a44c-c6300d46f273',
};

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * `hs_call_body` is HTML: what the agent typed must show as text, never as markup, and
 * line breaks must survive.
 */
export function notesToHtml(notes: string): string {
  return notes.replace(/[&<>"']/g, (char) => htmlEntities[char] ?? char).replace(/\r?\n/g, '<br>');
}

/**
 * What the widget writes on the timeline in words, in the agent's language: the catalogue's
 * `timeline.*` sentences as they stand (`{{who}}`, `{{name}}` and `{{number}}` still in them),
 * handed in as data so this module stays pure and never picks a language itself.
 */
export interface TimelineWords {
  /** An outbound call's title: `{{who}}` is the callee. */
  callTo: string;
  /** An inbound call's title: `{{who}}` is the caller. */
  callFrom: string;
  /** Who, when a name is known: `{{name}}` and `{{number}}`. */
  namedNumber: string;
}

/** `template` with each `{{name}}` replaced by its value; a value is never read as a template. */
function filled(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * The timeline's title: the name the agent's lookup gave, else HubSpot's own name for the
 * callee from the dial (a contact the lookup service does not know keeps its name).
 */
export function callTitle(completion: CallCompletion, words: TimelineWords): string {
  const { to, direction } = completion;
  const calleeName = completion.calleeName ?? completion.dial.calleeName ?? null;
  const who =
    calleeName === null
      ? to.display
      : filled(words.namedNumber, { name: calleeName, number: to.display });
  return filled(direction === 'INBOUND' ? words.callFrom : words.callTo, { who });
}

/**
 * The talk time in whole seconds, as milliseconds: the widget's clock counts the seconds
 * gone by (`i18n/format.ts`: 20,945 ms is 0:20), while a timeline that rounds the
 * milliseconds to the nearest second shows 00:21 (the simulator's does; HubSpot does not
 * say how its own rounds). Sent whole, floor, nearest and ceiling all read 20 s.
 */
function wholeSeconds(ms: number): number {
  return Math.max(0, Math.floor(ms / 1000) * 1000);
}

/**
 * Whose call it is on the timeline (`hubspot_owner_id`): the agent HubSpot named in its
 * handshake (`onReady`'s `ownerId`), else the one named in the dial itself (`onDialNumber`
 * carries `ownerId` too). Without it HubSpot lists the call under no one.
 */
function ownerOf(completion: CallCompletion, handshakeOwnerId: number | null): number | null {
  if (handshakeOwnerId !== null) return handshakeOwnerId;
  const read = v.safeParse(positiveIdSchema, completion.dial.context.ownerId);
  return read.success ? read.output : null;
}

/**
 * What the phone knows better than the agent's taps: with the admin's `?sync=on` the team's
 * sync service writes these from the phone's own record (`src/sync/plan.ts`), so the widget
 * leaves them out. Its `callCompleted` usually comes after the phone's record and would
 * otherwise overwrite the real talk time with the time between two taps.
 */
export const phoneOwnedProperties = [
  'hs_call_status',
  'hs_call_duration',
  'hs_call_recording_url',
] as const;

/**
 * The properties HubSpot writes on the timeline for a finished call (docs/contracts.md,
 * "Engagements"). `words` titles it in the agent's language; `ownerId` is the agent HubSpot
 * named in its handshake; with `phoneSync` (the admin's `?sync=on`) the phone's properties
 * are left to the sync service.
 */
export function engagementProperties(
  completion: CallCompletion,
  words: TimelineWords,
  ownerId: number | null = null,
  phoneSync = false,
): Record<string, string> {
  const { answeredAt, endedAt, outcome, from, dial } = completion;
  const properties: Record<string, string> = {
    hs_timestamp: String(completion.startedAt),
    hs_call_title: callTitle(completion, words),
    hs_call_body: notesToHtml(completion.notes),
    hs_call_status: completion.endStatus,
    hs_call_duration: String(answeredAt === null ? 0 : wholeSeconds(endedAt - answeredAt)),
    hs_call_direction: completion.direction,
  };
  // `to` is the other party and `from` the agent's line; HubSpot's numbers follow the call.
  const [fromNumber, toNumber] =
    completion.direction === 'INBOUND' ? [completion.to.e164, from] : [from, completion.to.e164];
  if (toNumber !== null) properties.hs_call_to_number = toNumber;
  if (fromNumber !== null) properties.hs_call_from_number = fromNumber;
  if (outcome !== null) properties.hs_call_disposition = dispositionIds[outcome];
  const owner = ownerOf(completion, ownerId);
  if (owner !== null) properties.hubspot_owner_id = String(owner);
  if (dial.callee !== undefined) {
    properties.hs_call_callee_object_id = String(dial.callee.objectId);
    properties.hs_call_callee_object_type = dial.callee.objectType;
  }
  if (phoneSync) for (const name of phoneOwnedProperties) delete properties[name];
  return properties;
}

/**
 * The properties for a call the widget lost in a reload and the agent finished on the
 * engagement HubSpot's handshake named: what the agent gave and how it ended, nothing the
 * widget no longer knows. HubSpot set the time, numbers and title when it created the
 * engagement; a duration is not sent, since none was measured (0 would be a wrong one).
 */
export function recalledCallProperties(
  call: Extract<Effect, { type: 'recalledCallCompleted' }>,
  ownerId: number | null = null,
  phoneSync = false,
): Record<string, string> {
  const properties: Record<string, string> = {
    hs_call_body: notesToHtml(call.notes),
    hs_call_status: call.endStatus,
  };
  if (call.outcome !== null) properties.hs_call_disposition = dispositionIds[call.outcome];
  if (ownerId !== null) properties.hubspot_owner_id = String(ownerId);
  if (phoneSync) for (const name of phoneOwnedProperties) delete properties[name];
  return properties;
}
