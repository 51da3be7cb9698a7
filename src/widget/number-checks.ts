import { assertNever } from '../assert-never';
import type { CheckedNumber } from '../call/dial';
import type { CallId } from '../call/ids';
import { readDialRequest } from '../hubspot/read-payload';
import type { Message } from '../i18n/message';
import { callStep } from './call-step';
import { careSoftSignIn } from './caresoft-sign-in';
import { withNotice } from './notices';
import type { FormAnswer } from './widget-effects';
import type { FormId, NumberCheck } from './widget-events';
import type { WidgetState } from './widget-state';
import { andThen, stay, type WidgetStep } from './widget-step';

const answer = (state: WidgetState, form: FormId, reply: FormAnswer): WidgetStep =>
  stay(state, { type: 'answerForm', form, answer: reply });

/**
 * HubSpot's `onDialNumber`. Its number is checked by the deep-link code, which loads
 * lazily, so the call starts when the check comes back (`numberChecked`).
 */
export function dialReceived(
  state: WidgetState,
  payload: unknown,
  id: CallId,
  at: number,
): WidgetStep {
  const dial = readDialRequest(payload);
  // HubSpot and the agent both hear why, in the agent's language.
  const refuse = (problem: Message) =>
    stay(withNotice(state, 'error', problem), {
      type: 'send',
      command: { type: 'sendError', problem },
    });
  if ('problem' in dial) return refuse(dial.problem);
  // Checked before anything reaches HubSpot: a call CsCall cannot place is never started,
  // so no record of it lands on the timeline (the ready screen says what to do).
  const signIn = careSoftSignIn(state, at);
  if (signIn === 'noToken' || signIn === 'expired' || signIn === 'notConfirmed') {
    return refuse({ code: `notice.careSoftSignIn.${signIn}` });
  }
  return stay(state, {
    type: 'checkNumber',
    check: { purpose: 'dial', id, dial },
    text: dial.phoneNumber,
    countryCode: dial.countryCode,
  });
}

/** The agent's correction of a number HubSpot sent that could not be read. */
export function numberCorrected(state: WidgetState, text: string, form: FormId): WidgetStep {
  const { phase } = state.call;
  if (phase.status !== 'numberNeeded') return answer(state, form, null);
  return stay(state, {
    type: 'checkNumber',
    check: { purpose: 'correction', callId: phase.id, form },
    text,
    countryCode: phase.dial.countryCode,
  });
}

/** A call ringing on the agent's phone, typed in to be logged. */
export function incomingCallSubmitted(
  state: WidgetState,
  text: string,
  id: CallId,
  form: FormId,
): WidgetStep {
  const { phase } = state.call;
  if (phase.status !== 'idle') return answer(state, form, { code: 'incomingForm.finishFirst' });
  return stay(state, {
    type: 'checkNumber',
    check: { purpose: 'incomingCall', id, form },
    text,
    // Numbers typed without a country code are read in the country of the last call.
    countryCode: phase.lastCall?.dial.countryCode,
  });
}

export function numberChecked(
  state: WidgetState,
  check: NumberCheck,
  number: CheckedNumber,
  at: number,
): WidgetStep {
  switch (check.purpose) {
    case 'dial':
      return callStep(state, { type: 'dialRequested', id: check.id, dial: check.dial, number, at });
    case 'correction': {
      if (number.kind === 'invalid') return answer(state, check.form, number.reason);
      const { phase } = state.call;
      // The agent's correction is for the number screen still showing, or for nothing.
      if (phase.status !== 'numberNeeded' || phase.id !== check.callId) {
        return answer(state, check.form, null);
      }
      return andThen(callStep(state, { type: 'numberCorrected', number, at }), (next) =>
        answer(next, check.form, null),
      );
    }
    case 'incomingCall': {
      if (number.kind === 'invalid') return answer(state, check.form, number.reason);
      if (state.call.phase.status !== 'idle') {
        return answer(state, check.form, { code: 'incomingForm.finishFirst' });
      }
      return andThen(
        callStep(state, { type: 'incomingCallLogged', id: check.id, number, at }),
        (next) => answer(next, check.form, null),
      );
    }
    default:
      return assertNever(check);
  }
}

/**
 * The deep-link code did not load: nothing was sent to HubSpot, and the agent is told, on
 * the form they submitted or, for HubSpot's dial, in a notice.
 */
export function numberCheckFailed(state: WidgetState, check: NumberCheck): WidgetStep {
  const problem: Message = { code: 'notice.callNotPrepared' };
  switch (check.purpose) {
    case 'dial':
      return stay(withNotice(state, 'error', problem));
    case 'correction':
    case 'incomingCall':
      return answer(state, check.form, problem);
    default:
      return assertNever(check);
  }
}
