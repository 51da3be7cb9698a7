import { assertNever } from '../assert-never';
import type { Effect } from '../call/effects';
import { engagementProperties, recalledCallProperties, type TimelineWords } from './engagement';
import type { HubSpotSend } from './messages';

/** How a completed call is logged, decided by the widget when it sends. */
export interface LogContext {
  /** The agent HubSpot named in its handshake: the completed call is logged as theirs. */
  ownerId: number | null;
  /** The admin's `?sync=on`: the phone's own record writes status, talk time and recording. */
  phoneSync: boolean;
  /** The title's words, in the agent's language. */
  words: TimelineWords;
}

/** Carries one machine effect out as the SDK message HubSpot expects. */
export function sendEffect(
  send: HubSpotSend,
  effect: Effect,
  { ownerId, phoneSync, words }: LogContext,
): void {
  switch (effect.type) {
    case 'outgoingCall': {
      const { call } = effect;
      send('outgoingCall', {
        externalCallId: call.id,
        toNumber: call.to.e164,
        ...(call.from === null ? {} : { fromNumber: call.from }),
        callStartTime: call.startedAt,
        createEngagement: true,
        dialingContext: call.dial.context,
      });
      return;
    }
    case 'incomingCall': {
      const { call } = effect;
      send('incomingCall', {
        externalCallId: call.id,
        fromNumber: call.to.e164,
        // The agent's own number when a caller id is set; OpenPhone knows which line rang.
        toNumber: call.from ?? '',
        callStartTime: call.startedAt,
        createEngagement: true,
      });
      return;
    }
    case 'callAnswered':
      send('callAnswered', { externalCallId: effect.id });
      return;
    case 'callEnded':
      send('callEnded', {
        externalCallId: effect.id,
        ...(effect.engagementId === null ? {} : { engagementId: effect.engagementId }),
        callEndStatus: effect.endStatus,
      });
      return;
    case 'callCompleted': {
      const { completion } = effect;
      send('callCompleted', {
        externalCallId: completion.id,
        ...(completion.engagementId === null ? {} : { engagementId: completion.engagementId }),
        // Stay open: the agent goes straight on to the next call from the same widget.
        hideWidget: false,
        engagementProperties: engagementProperties(completion, words, ownerId, phoneSync),
      });
      return;
    }
    case 'recalledCallCompleted':
      send('callCompleted', {
        externalCallId: effect.id,
        engagementId: effect.engagementId,
        hideWidget: false,
        engagementProperties: recalledCallProperties(effect, ownerId, phoneSync),
      });
      return;
    default:
      assertNever(effect);
  }
}
