import { assertNever } from '../assert-never.js';
import type { OpenPhoneClient } from './openphone-client.js';
import {
  normaliseOpenPhoneCall,
  type OpenPhoneCall,
  type OpenPhoneEvent,
} from './openphone-events.js';
import type { ProviderCall } from './provider-call.js';
import { summaryText } from './summary-text.js';
import {
  type PhoneSide,
  rivalRange,
  type SyncDeps,
  type SyncOutcome,
  syncPhoneRecord,
} from './sync-call.js';

function openPhoneSide(client: OpenPhoneClient): PhoneSide {
  return {
    agentEmail: (agent) =>
      agent.kind === 'openphone-user' ? client.userEmail(agent.userId) : Promise.resolve(null),
    async otherCalls(call) {
      if (call.lineId === null) return [];
      const range = rivalRange(call);
      const calls = await client.callsWith(
        call.lineId,
        call.contactNumber,
        range.after,
        range.before,
      );
      return calls.flatMap((other) => {
        const normalised = normaliseOpenPhoneCall(other);
        return normalised.ok ? [normalised.call] : [];
      });
    },
  };
}

async function syncCall(
  call: OpenPhoneCall,
  client: OpenPhoneClient,
  deps: SyncDeps,
  extra: { summary: string | null; mayCreate: boolean },
): Promise<SyncOutcome> {
  const normalised = normaliseOpenPhoneCall(call);
  if (!normalised.ok) return { code: 'skipped', reason: normalised.code };
  const record = {
    call: normalised.call satisfies ProviderCall,
    recordingUrl: normalised.call.recordingUrl,
    summary: extra.summary,
  };
  return syncPhoneRecord(record, openPhoneSide(client), deps, { mayCreate: extra.mayCreate });
}

/**
 * One OpenPhone event. `call.completed` ends a call and may log it; a recording, summary
 * or transcript only adds to a call already on HubSpot. Summary and transcript are read
 * again from OpenPhone each time, so whichever comes last writes both.
 */
export async function syncOpenPhoneEvent(
  event: OpenPhoneEvent,
  client: OpenPhoneClient,
  deps: SyncDeps,
): Promise<SyncOutcome> {
  switch (event.type) {
    case 'call.completed':
      return syncCall(event.call, client, deps, { summary: null, mayCreate: true });
    case 'call.recording.completed':
      return syncCall(event.call, client, deps, { summary: null, mayCreate: false });
    case 'call.summary.completed':
    case 'call.transcript.completed': {
      const callId =
        event.type === 'call.summary.completed' ? event.summary.callId : event.transcript.callId;
      const [call, summary, transcript] = await Promise.all([
        client.call(callId),
        event.type === 'call.summary.completed'
          ? Promise.resolve(event.summary)
          : client.summary(callId),
        event.type === 'call.transcript.completed'
          ? Promise.resolve(event.transcript)
          : client.transcript(callId),
      ]);
      if (call === null) return { code: 'skipped', reason: 'unknown-call' };
      return syncCall(call, client, deps, {
        summary: summaryText(summary, transcript),
        mayCreate: false,
      });
    }
    case 'other':
      return { code: 'ignored', eventType: event.eventType };
    default:
      return assertNever(event);
  }
}
