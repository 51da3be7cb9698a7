import { assertNever } from '../assert-never';
import type { CallEvent } from '../call/events';
import type { EngagementId } from '../call/ids';
import { answerTarget } from '../call/machine';
import type { CallPhase } from '../call/state';
import type { HostContext, ToHubSpot } from '../hubspot/messages';
import { callStep } from './call-step';
import { engagementWaitFor } from './engagement-wait';
import { hubSpotFailure } from './hubspot-failure';
import { liveCallOf } from './live-call';
import { withNotice } from './notices';
import { sendOutbox } from './send-outbox';
import type { WidgetEffect } from './widget-effects';
import type { HostMessage } from './widget-events';
import { signedIn } from './widget-settings';
import type { HubSpotCallerMatch, WidgetState } from './widget-state';
import { andThen, stay, type WidgetStep } from './widget-step';

/**
 * Whether a call this widget knows of has the engagement HubSpot's handshake names: one
 * saved here, or one live in another frame (or whose engagement id has not come yet there).
 */
function isKnownEngagement(state: WidgetState, engagementId: EngagementId): boolean {
  if (state.completed.some((completion) => completion.engagementId === engagementId)) {
    return true;
  }
  return state.otherCalls.some(({ call }) =>
    call.engagement.status === 'created'
      ? call.engagement.id === engagementId
      : call.engagement.status === 'pending',
  );
}

/**
 * HubSpot names the engagement of the call in progress: the live call's, even if its answer
 * was lost while the iframe reloaded; with no call here that owns it (the page kept nothing,
 * storage refused), the agent is offered to finish it (`recalled`, `call/machine.ts`). A
 * recalled call HubSpot no longer names is over there: it is dropped, never logged twice.
 */
function recall(state: WidgetState, engagementId: EngagementId | null, at: number): WidgetStep {
  const { phase } = state.call;
  const step =
    phase.status === 'recalled' && phase.engagementId !== engagementId
      ? callStep(state, { type: 'recalledCallDismissed', at })
      : stay(state);
  if (engagementId === null || isKnownEngagement(step.state, engagementId)) return step;
  return andThen(step, (next) => callStep(next, { type: 'engagementRecalled', engagementId, at }));
}

/** The engagement `initialized` hands back: the live call's, or the recalled call's. */
function engagementInProgress(phase: CallPhase): EngagementId | null {
  if (phase.status === 'recalled') return phase.engagementId;
  const engagement = liveCallOf(phase)?.engagement;
  return engagement?.status === 'created' ? engagement.id : null;
}

/**
 * What tells HubSpot the agent's sign-in: `initialized`, or, when the page already sent it
 * before the widget was wired (`early-greeting.ts`), a correction only if the sign-in
 * changed since (the settings saved in another tab meanwhile, a CsCall token expired).
 */
function greeting(
  greeted: ToHubSpot['initialized'] | null,
  isLoggedIn: boolean,
  engagementId: EngagementId | null,
): WidgetEffect[] {
  if (greeted === null) {
    return [
      {
        type: 'send',
        command: {
          type: 'initialized',
          // The call in progress's engagement goes back to HubSpot, as the SDK expects.
          payload: { isLoggedIn, ...(engagementId === null ? {} : { engagementId }) },
        },
      },
    ];
  }
  // An engagement to hand back here means a call was resumed after the page greeted
  // without one (another instance's, left between the two reads): HubSpot hears of it
  // from the call's own messages, as for a call resumed later.
  if (greeted.isLoggedIn === isLoggedIn) return [];
  return [{ type: 'send', command: { type: isLoggedIn ? 'userLoggedIn' : 'userLoggedOut' } }];
}

/**
 * HubSpot's handshake: the agent's sign-in goes back in `initialized` and their
 * availability right after it, and what the journal kept for a call in flight when the
 * iframe reloaded is sent. The deep-link code is not fetched here: HubSpot's first dial
 * comes right after `initialized`, and the first-call kit reads it at once, while the
 * deep-link kit would take the main thread from it (it loads with the screens, once that
 * dial is handed off: `start-widget.ts`).
 */
function hostReady(
  state: WidgetState,
  context: HostContext,
  sent: ToHubSpot['initialized'] | null,
  at: number,
): WidgetStep {
  const ready: WidgetState = { ...state, host: { status: 'ready', context, hidden: false } };
  const recalled = recall(ready, context.engagementId, at);
  const engagementId = engagementInProgress(recalled.state.call.phase);
  const initialized: WidgetStep = stay(
    recalled.state,
    // OpenPhone needs no sign-in here: without a caller id the app's selected number is used.
    ...greeting(sent, signedIn(ready, at), engagementId),
    // HubSpot knows the agent's availability only when told: say what the switch shows, so
    // both agree from the start instead of once the agent first touches it.
    { type: 'send', command: { type: state.available ? 'userAvailable' : 'userUnavailable' } },
  );
  // `initialized` goes first: what the recall journaled is sent after it.
  const greeted = { state: recalled.state, effects: [...initialized.effects, ...recalled.effects] };
  return andThen(greeted, (next) =>
    stay(
      next,
      ...sendOutbox(next),
      ...engagementWaitFor(next),
      // The catalogues' words for the timeline: the browser loads them with the screens,
      // once HubSpot's first dial is handed off (`start-widget.ts`).
      { type: 'wordTimeline', language: next.settings.language },
    ),
  );
}

/**
 * HubSpot's answer to a call's `createEngagement` (`call/engagement-answers.ts` says which
 * call it is for). An answer for a call already saved without it is used up by that call,
 * and the agent is told which call to check on the timeline.
 */
function engagementAnswered(
  state: WidgetState,
  event: Extract<CallEvent, { type: 'engagementCreated' | 'engagementFailed' }>,
): WidgetStep {
  const target = answerTarget(state.call, event.callId);
  const step = callStep(state, event);
  if (target === null || target.live || event.type !== 'engagementCreated') return step;
  const saved = state.completed.find((completion) => completion.id === target.id);
  if (saved === undefined) return step;
  return andThen(step, (next) =>
    stay(
      withNotice(
        next,
        'info',
        { code: 'notice.engagementLate', values: { number: saved.to.display } },
        saved.notes,
      ),
    ),
  );
}

function hubSpotMatch(state: WidgetState, match: HubSpotCallerMatch): WidgetStep {
  return stay({ ...state, hubSpotMatch: match });
}

/** Everything HubSpot says but a dial (`number-checks.ts`). */
export function hostSaid(state: WidgetState, message: HostMessage, at: number): WidgetStep {
  switch (message.type) {
    case 'ready':
      return hostReady(state, message.context, message.greeted, at);
    case 'engagementCreated':
      return engagementAnswered(state, {
        type: 'engagementCreated',
        engagementId: message.engagementId,
        callId: message.callId ?? null,
        at,
      });
    case 'engagementCreateFailed':
      return andThen(
        engagementAnswered(state, {
          type: 'engagementFailed',
          reason: message.reason,
          callId: message.callId ?? null,
          at,
        }),
        (next) =>
          stay(next, {
            type: 'send',
            command: {
              type: 'sendError',
              problem: hubSpotFailure('hubspot.engagementNotLogged', message.reason),
            },
          }),
      );
    case 'engagementUpdateFailed':
      // The update concerns the call just saved, even if a queued dial has started since.
      return stay(
        withNotice(
          state,
          'error',
          hubSpotFailure('notice.updateFailed', message.reason),
          state.completed[0]?.notes,
        ),
      );
    case 'endCall':
      return callStep(state, { type: 'hostEndedCall', at });
    case 'visibilityChanged':
      return state.host.status === 'ready'
        ? stay({ ...state, host: { ...state.host, hidden: message.hidden } })
        : stay(state);
    case 'callerIdMatched':
    case 'callerIdMatchFailed': {
      const { phase } = state.call;
      // An inbound caller's records, for the call ringing now.
      const callId =
        phase.status === 'handedOff' || phase.status === 'connected' ? phase.call.id : null;
      return hubSpotMatch(
        state,
        message.type === 'callerIdMatched' && message.matches.length > 0
          ? { callId, status: 'matched', matches: message.matches }
          : { callId, status: 'noMatch' },
      );
    }
    case 'navigateToRecordFailed':
      return stay(
        withNotice(state, 'error', hubSpotFailure('notice.navigateFailed', message.reason)),
      );
    default:
      return assertNever(message);
  }
}
