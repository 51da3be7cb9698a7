import { assertNever } from '../assert-never';
import { callStep } from './call-step';
import {
  callerEntryChosen,
  callerLookedUp,
  followCallerLookup,
  lookupCouldNotStart,
} from './caller-lookup';
import { cancelRequested, cancelUndone, cancelUndoOver, followCancelUndo } from './cancel-undo';
import { engagementWaitOver, followEngagementWait } from './engagement-wait';
import { hostSaid } from './host-messages';
import { withNotice, withoutNotice } from './notices';
import {
  dialReceived,
  incomingCallSubmitted,
  numberChecked,
  numberCheckFailed,
  numberCorrected,
} from './number-checks';
import { callResumed, journalOwned, otherCallsChanged } from './shared-journal';
import { timelineWorded } from './timeline-words';
import type { WidgetEvent } from './widget-events';
import { callerIdChosen, careSoftLogin, settingsSaved } from './widget-settings';
import type { WidgetState } from './widget-state';
import { stay, type WidgetStep } from './widget-step';
import { workflowCouldNotStart, workflowFinished, workflowRequested } from './workflows';

function availabilitySet(state: WidgetState, available: boolean): WidgetStep {
  if (state.available === available) return stay(state);
  const next = { ...state, available };
  if (state.host.status !== 'ready') return stay(next);
  return stay(next, {
    type: 'send',
    command: { type: available ? 'userAvailable' : 'userUnavailable' },
  });
}

function handle(state: WidgetState, event: WidgetEvent): WidgetStep {
  switch (event.type) {
    case 'hostSaid':
      return hostSaid(state, event.message, event.at);
    case 'dialReceived':
      return dialReceived(state, event.payload, event.id, event.at);
    case 'callStep':
      return callStep(state, event.event);
    case 'followUpTextSent':
      return callStep(state, { type: 'noteAppended', line: event.note });
    case 'numberCorrected':
      return numberCorrected(state, event.text, event.form);
    case 'incomingCallSubmitted':
      return incomingCallSubmitted(state, event.text, event.id, event.form);
    case 'cancelRequested':
      return cancelRequested(state, event.at);
    case 'cancelUndone':
      return cancelUndone(state);
    case 'callerIdChosen':
      return callerIdChosen(state, event.callerId);
    case 'settingsSaved':
      return settingsSaved(state, event.settings, event.at, event.loginConfirmed === true);
    case 'careSoftLoginConfirmed':
      return careSoftLogin(state, true, event.at);
    case 'careSoftLoggedOut':
      return careSoftLogin(state, false, event.at);
    case 'noticeDismissed':
      return stay(withoutNotice(state, event.id));
    case 'sizeRequested':
      return stay(state, {
        type: 'send',
        command: { type: 'resizeWidget', payload: { width: event.width, height: event.height } },
      });
    case 'availabilitySet':
      return availabilitySet(state, event.available);
    case 'recordOpened':
      return stay(state, {
        type: 'send',
        command: {
          type: 'navigateToRecord',
          payload: { objectCoordinates: event.match.objectCoordinates, openIn: 'NEW_TAB' },
        },
      });
    case 'callerEntryChosen':
      return callerEntryChosen(state, event.index);
    case 'workflowRequested':
      return workflowRequested(state, event.name);
    case 'numberChecked':
      return numberChecked(state, event.check, event.number, event.at);
    case 'numberCheckFailed':
      return numberCheckFailed(state, event.check);
    case 'timerFired':
      return event.timer.name === 'cancelUndo'
        ? cancelUndoOver(state, event.timer.callId)
        : engagementWaitOver(state, event.timer.callId, event.at);
    case 'callerLookedUp':
      return callerLookedUp(state, event.callId, event.result);
    case 'lookupNotStarted':
      return lookupCouldNotStart(state, event.callId);
    case 'workflowFinished':
      return workflowFinished(state, event.callId, event.name, event.result);
    case 'workflowNotStarted':
      return workflowCouldNotStart(state, event.callId, event.name);
    case 'settingsNotSaved':
      return stay(withNotice(state, 'info', { code: 'notice.settingsNotSaved' }));
    case 'storageLost':
      // In memory: a reload starts afresh. Blocked: an older copy stayed, so nothing more
      // is sent from this widget (a reload sends that copy's messages once).
      return stay(
        withNotice(state, 'info', {
          code: event.problem === 'inMemory' ? 'notice.callInMemory' : 'notice.callNotSent',
        }),
      );
    case 'journalOwned':
      return journalOwned(state);
    case 'callResumed':
      return callResumed(state, event.call);
    case 'otherCallsChanged':
      return otherCallsChanged(state, event.calls);
    case 'timelineWorded':
    case 'timelineWordsFailed':
      return timelineWorded(state, event);
    default:
      return assertNever(event);
  }
}

/**
 * The whole widget as a pure reducer: the call machine for the call (`call/machine.ts`),
 * and around it notices, settings and sign-in, host status, availability, caller lookups
 * and workflows. Time and ids come in with events; what must happen outside comes back as
 * effects, carried out by `interpret-effect.ts`.
 */
export function reduceWidget(state: WidgetState, event: WidgetEvent): WidgetStep {
  return followCancelUndo(
    followEngagementWait(state, followCallerLookup(state, handle(state, event))),
  );
}
