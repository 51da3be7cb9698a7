import { assertNever } from '../assert-never.js';
import type { CareSoftClient } from './caresoft-client.js';
import { type CareSoftEvent, normaliseCareSoftCall } from './caresoft-events.js';
import {
  type PhoneSide,
  rivalRange,
  type SyncDeps,
  type SyncOutcome,
  syncPhoneRecord,
} from './sync-call.js';

function careSoftSide(client: CareSoftClient): PhoneSide {
  return {
    agentEmail: (agent) =>
      agent.kind === 'caresoft-extension'
        ? client.agentEmail(agent.extension)
        : Promise.resolve(null),
    async otherCalls(call) {
      const range = rivalRange(call);
      const calls = await client.callsWith(call.contactNumber, range.after, range.before);
      return calls.flatMap((other) => {
        const normalised = normaliseCareSoftCall(other);
        return normalised.ok ? [normalised.call] : [];
      });
    },
  };
}

/** One CareSoft event: a finished call, which may be logged, or anything else, left alone. */
export async function syncCareSoftEvent(
  event: CareSoftEvent,
  client: CareSoftClient,
  deps: SyncDeps,
): Promise<SyncOutcome> {
  switch (event.type) {
    case 'call': {
      const normalised = normaliseCareSoftCall(event.call);
      if (!normalised.ok) return { code: 'skipped', reason: normalised.code };
      const { call } = normalised;
      return syncPhoneRecord(
        { call, recordingUrl: call.recordingUrl, summary: null },
        careSoftSide(client),
        deps,
        { mayCreate: true },
      );
    }
    case 'other':
      return { code: 'ignored', eventType: event.eventType };
    default:
      return assertNever(event);
  }
}
