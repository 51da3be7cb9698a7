import { assertNever } from '../assert-never.js';
import type { HubSpotCall } from './hubspot-call.js';
import type { HubSpotClient } from './hubspot-client.js';
import { type CallMatch, matchCall, matchWindow } from './match.js';
import {
  type MatchedVia,
  type PhoneRecord,
  planForMatch,
  planNewCall,
  type SkipCode,
} from './plan.js';
import type { ProviderAgent, ProviderCall } from './provider-call.js';
import type { TtlCache } from './ttl-cache.js';

/** What the service asks of a phone system while syncing one call. */
export interface PhoneSide {
  /** The email of the provider's agent, to find their HubSpot owner. */
  agentEmail(agent: ProviderAgent): Promise<string | null>;
  /** The provider's calls with the same number around this call's time (itself included or not). */
  otherCalls(call: ProviderCall): Promise<ProviderCall[]>;
}

export interface SyncDeps {
  hubSpot: HubSpotClient;
  /** HubSpot owner ids by email, shared across events. */
  owners: TtlCache<string | null>;
  createContacts: boolean;
}

/** What happened to one event: codes and ids only, never numbers or call content. */
export type SyncOutcome =
  | { code: 'updated'; hubSpotCallId: string; via: MatchedVia; properties: string[] }
  | { code: 'up-to-date'; hubSpotCallId: string; via: MatchedVia }
  | { code: 'created'; hubSpotCallId: string; contacts: number }
  /** Its call is not logged yet and this event may not log it: ask the provider to retry. */
  | { code: 'deferred' }
  | {
      code: 'skipped';
      reason:
        | SkipCode
        | 'too-many-calls-in-window'
        | 'call-not-finished'
        | 'no-contact-number'
        | 'unknown-call'
        | 'unreadable-time';
    }
  | { code: 'ignored'; eventType: string | null };

/**
 * How far back and ahead the provider's other calls can matter: any call whose own window
 * can reach a widget call in this one's window (an hour covers the longest calls).
 */
export function rivalRange(call: ProviderCall): { after: number; before: number } {
  const reach = matchWindow.beforeStartMs + matchWindow.afterEndMs;
  return { after: call.startedAt - reach - 3_600_000, before: call.endedAt + reach };
}

async function ownerOf(
  agent: ProviderAgent | null,
  phone: PhoneSide,
  deps: SyncDeps,
): Promise<string | null> {
  if (agent === null) return null;
  const email = await phone.agentEmail(agent);
  if (email === null) return null;
  return deps.owners.get(email.toLowerCase(), () => deps.hubSpot.ownerIdByEmail(email));
}

function merged(stale: readonly HubSpotCall[], fresh: readonly HubSpotCall[]): HubSpotCall[] {
  const byId = new Map(stale.map((call) => [call.id, call]));
  for (const call of fresh) byId.set(call.id, call);
  return [...byId.values()];
}

/**
 * Brings one phone call onto HubSpot (issue 11): finds its call, writes what the phone
 * knows, or logs a call that rang on the phone and that no one logged. `mayCreate` is true
 * only for the event that ends a call: a recording or a summary that comes first waits
 * (`deferred`), so two events of one call never both create it.
 */
export async function syncPhoneRecord(
  record: PhoneRecord,
  phone: PhoneSide,
  deps: SyncDeps,
  options: { mayCreate: boolean },
): Promise<SyncOutcome> {
  const { call } = record;
  const ownerId = await ownerOf(call.agent, phone, deps);
  const near = await deps.hubSpot.callsNear(call, ownerId);
  // The provider's other calls only matter to a widget call that fits: fetched then, once.
  let others: ProviderCall[] | null = null;
  let hubSpotCalls = near.calls;
  const match = async (): Promise<CallMatch> => {
    const alone = matchCall({ call, ownerId, hubSpotCalls, otherPhoneCalls: [] });
    if (alone.kind !== 'widget') return alone;
    others ??= await phone.otherCalls(call);
    return matchCall({ call, ownerId, hubSpotCalls, otherPhoneCalls: others });
  };

  let matched = await match();
  // Search shows each call as it was seconds ago: the one matched is read again as it is
  // now (claimed meanwhile by another phone call? its recording already written?) and the
  // match made again, until it rests on a call read fresh.
  const fresh = new Set<string>();
  for (let round = 0; 'call' in matched && !fresh.has(matched.call.id); round += 1) {
    if (round === 3) return { code: 'skipped', reason: 'several-hubspot-calls' };
    const id = matched.call.id;
    const now = await deps.hubSpot.readCalls([id]);
    // A call deleted since it was indexed is no candidate at all.
    hubSpotCalls =
      now.length === 0
        ? hubSpotCalls.filter((candidate) => candidate.id !== id)
        : merged(hubSpotCalls, now);
    fresh.add(id);
    matched = await match();
  }
  if (!near.complete && (matched.kind === 'widget' || matched.kind === 'none')) {
    return { code: 'skipped', reason: 'too-many-calls-in-window' };
  }
  let plan = planForMatch(record, matched);

  let contactIds: string[] = [];
  if (plan.kind === 'find-contacts') {
    contactIds = await deps.hubSpot.contactsWithNumber(call.contactNumber);
    if (contactIds.length > 0) {
      // Search lags writes: the contacts' own calls are read from the records, so a call
      // this service logged a moment ago (a replay, a retry) is seen and not logged twice.
      hubSpotCalls = merged(hubSpotCalls, await deps.hubSpot.callsOfContacts(contactIds));
      plan = planForMatch(record, await match());
    }
  }

  switch (plan.kind) {
    case 'update':
      await deps.hubSpot.updateCall(plan.hubSpotCallId, plan.properties);
      return {
        code: 'updated',
        hubSpotCallId: plan.hubSpotCallId,
        via: plan.via,
        properties: Object.keys(plan.properties),
      };
    case 'up-to-date':
      return { code: 'up-to-date', hubSpotCallId: plan.hubSpotCallId, via: plan.via };
    case 'skip':
      return { code: 'skipped', reason: plan.code };
    case 'find-contacts': {
      if (!options.mayCreate) return { code: 'deferred' };
      if (contactIds.length === 0 && deps.createContacts) {
        contactIds = [await deps.hubSpot.createContact(call.contactNumber)];
      }
      const creation = planNewCall(record, contactIds, ownerId);
      if (creation.kind === 'skip') return { code: 'skipped', reason: creation.code };
      const hubSpotCallId = await deps.hubSpot.createCall(creation.properties, creation.contactIds);
      return { code: 'created', hubSpotCallId, contacts: creation.contactIds.length };
    }
    default:
      return assertNever(plan);
  }
}
