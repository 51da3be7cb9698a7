import type { HubSpotCall } from './hubspot-call.js';
import { countryOf, sameNumber } from './phone-number.js';
import { isProviderKey, type ProviderCall, providerKey } from './provider-call.js';

/**
 * How far a widget-logged call's `hs_timestamp` may be from the phone's call and still be
 * the same call. The widget stamps an outbound call when it hands it off, before the agent
 * dials (a QR scan, a tap: seconds to a minute or two), and an inbound call when the agent
 * taps Incoming call, while it rings or during the talk. Two calls to one number ten minutes
 * apart never fall in each other's window.
 */
export const matchWindow = { beforeStartMs: 3 * 60_000, afterEndMs: 60_000 } as const;

export type CallMatch =
  /** A call that already carries this phone call's key: the service wrote it before. */
  | { kind: 'own'; call: HubSpotCall }
  /** The widget's call whose id CareSoft sent back as `tempId`. */
  | { kind: 'temp-id'; call: HubSpotCall }
  /** The one widget call this phone call can be, and the one phone call it can be. */
  | { kind: 'widget'; call: HubSpotCall }
  | { kind: 'none' }
  | { kind: 'ambiguous'; code: 'several-hubspot-calls' | 'several-phone-calls' };

export interface MatchInput {
  call: ProviderCall;
  /** The HubSpot owner of the agent who took or placed the call, when known. */
  ownerId: string | null;
  /** HubSpot calls near that time, or carrying this call's key or `tempId`. */
  hubSpotCalls: readonly HubSpotCall[];
  /** The provider's other calls with the same number around that time. */
  otherPhoneCalls: readonly ProviderCall[];
}

function inWindow(timestamp: number | null, call: ProviderCall): boolean {
  return (
    timestamp !== null &&
    timestamp >= call.startedAt - matchWindow.beforeStartMs &&
    timestamp <= call.endedAt + matchWindow.afterEndMs
  );
}

function otherParty(candidate: HubSpotCall, call: ProviderCall): string | null {
  return call.direction === 'OUTBOUND' ? candidate.toNumber : candidate.fromNumber;
}

function sameAgent(a: ProviderCall, b: ProviderCall): boolean | null {
  if (a.agent === null || b.agent === null) return null;
  return JSON.stringify(a.agent) === JSON.stringify(b.agent);
}

/** Whether a widget call, not yet claimed by any phone call, can be this phone call. */
function couldBe(candidate: HubSpotCall, call: ProviderCall, ownerId: string | null): boolean {
  if (isProviderKey(candidate.externalId)) return false;
  if (candidate.direction !== null && candidate.direction !== call.direction) return false;
  if (ownerId !== null && candidate.ownerId !== null && candidate.ownerId !== ownerId) return false;
  if (!inWindow(candidate.timestamp, call)) return false;
  // HubSpot keeps numbers as typed: a number without its country code is read in the
  // country of our line (where the team works), or else of the other party.
  const country = countryOf(call.lineNumber) ?? countryOf(call.contactNumber);
  return sameNumber(otherParty(candidate, call), call.contactNumber, country);
}

function byId(a: HubSpotCall, b: HubSpotCall): number {
  return a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Finds the HubSpot call a phone call belongs to (issue 11, "Wrong match"). A call already
 * written by the service, or named by CareSoft's `tempId`, is certain. Otherwise the pairing
 * must be one to one: exactly one widget call fits the phone call (number, direction, agent,
 * time), and no other phone call of that number fits the widget call. Anything less is
 * `ambiguous`, and the caller writes nothing.
 */
export function matchCall({ call, ownerId, hubSpotCalls, otherPhoneCalls }: MatchInput): CallMatch {
  const key = providerKey(call.provider, call.id);
  const own = hubSpotCalls.filter((candidate) => candidate.externalId === key).sort(byId);
  const [firstOwn] = own;
  if (firstOwn !== undefined) return { kind: 'own', call: firstOwn };

  if (call.tempId !== null) {
    const named = hubSpotCalls.find((candidate) => candidate.externalId === call.tempId);
    if (named !== undefined) return { kind: 'temp-id', call: named };
  }

  const fitting = hubSpotCalls.filter((candidate) => couldBe(candidate, call, ownerId));
  const unique = new Map(fitting.map((candidate) => [candidate.id, candidate]));
  if (unique.size > 1) return { kind: 'ambiguous', code: 'several-hubspot-calls' };
  const [candidate] = unique.values();
  if (candidate === undefined) return { kind: 'none' };

  const rivals = otherPhoneCalls.filter(
    (other) =>
      !(other.provider === call.provider && other.id === call.id) &&
      // Another agent's call cannot take this agent's widget call when the owner is known.
      !(ownerId !== null && sameAgent(other, call) === false) &&
      couldBe(candidate, other, ownerId),
  );
  if (rivals.length > 0) return { kind: 'ambiguous', code: 'several-phone-calls' };
  return { kind: 'widget', call: candidate };
}
