import fc from 'fast-check';
import type { CheckedNumber, DialRequest, ValidNumber } from '../../src/call/dial';
import type { Effect } from '../../src/call/effects';
import type { CallEvent } from '../../src/call/events';
import { toCallId, toEngagementId } from '../../src/call/ids';
import { transition } from '../../src/call/machine';
import { type CallState, initialCallState } from '../../src/call/state';

export const dialOf = (phoneNumber: string): DialRequest => ({
  phoneNumber,
  countryCode: 'US',
  callee: { objectId: 101, objectType: 'CONTACT' },
  context: { phoneNumber, objectId: 101, objectType: 'CONTACT', countryCode: 'US' },
});

export const valid = (e164: string): ValidNumber => ({ kind: 'valid', e164, display: e164 });

/** Runs events in order, collecting every effect, as the widget's store does. */
export function run(events: readonly CallEvent[], start: CallState = initialCallState()) {
  let state = start;
  const effects: Effect[] = [];
  for (const event of events) {
    const next = transition(state, event);
    state = next.state;
    effects.push(...next.effects);
  }
  return { state, effects };
}

/**
 * HubSpot's engagement ids: a few that come back (an answer, then the same engagement named
 * in a handshake), among ids seen once.
 */
const engagementIdArb = fc
  .oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1 }))
  .map(toEngagementId);

const eventArbs: fc.Arbitrary<CallEvent>[] = [
  fc.record({
    type: fc.constant('dialRequested' as const),
    id: fc.uuid().map(toCallId),
    dial: fc.constantFrom('+14107934326', '+33123456789').map(dialOf),
    number: fc.oneof(
      fc.constant(valid('+14107934326')),
      fc.constant<CheckedNumber>({
        kind: 'invalid',
        given: 'abc',
        reason: { code: 'number.problem.letters' },
      }),
    ),
    at: fc.nat(),
  }),
  fc.record({
    type: fc.constant('numberCorrected' as const),
    number: fc.constant(valid('+1')),
    at: fc.nat(),
  }),
  fc.record({
    type: fc.constant('incomingCallLogged' as const),
    id: fc.uuid().map(toCallId),
    number: fc.constant(valid('+33123456789')),
    at: fc.nat(),
  }),
  ...(
    [
      'calleeAnswered',
      'noAnswer',
      'lineBusy',
      'callCanceled',
      'hungUp',
      'hostEndedCall',
      'callSaved',
      'waitingDialQueued',
      'callMissed',
      'callDeclined',
      'engagementWaitExpired',
    ] as const
  ).map((type) => fc.record({ type: fc.constant(type), at: fc.nat() })),
  fc.record({
    type: fc.constant('engagementCreated' as const),
    engagementId: engagementIdArb,
    callId: fc.constant(null),
    at: fc.nat(),
  }),
  fc.record({
    type: fc.constant('engagementFailed' as const),
    reason: fc.string(),
    callId: fc.constant(null),
    at: fc.nat(),
  }),
  fc.record({
    type: fc.constant('engagementRecalled' as const),
    engagementId: engagementIdArb,
    at: fc.nat(),
  }),
  fc.record({
    type: fc.constant('recalledCallSaved' as const),
    id: fc.uuid().map((uuid) => toCallId(`recalled-${uuid}`)),
    at: fc.nat(),
  }),
  fc.record({ type: fc.constant('recalledCallDismissed' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('notesEdited' as const), notes: fc.string() }),
  fc.record({
    type: fc.constant('calleeNamed' as const),
    name: fc.oneof(fc.constant(null), fc.string()),
  }),
  fc.record({
    type: fc.constant('callerIdChosen' as const),
    callerId: fc.oneof(fc.constant(null), fc.string()),
  }),
  fc.constant<CallEvent>({ type: 'outcomeChosen', outcome: 'wrongNumber' }),
  fc.constant<CallEvent>({ type: 'waitingDialDismissed' }),
];

/** Any event the call machine hears, with the agent's and HubSpot's moves mixed at random. */
export const callEventArb: fc.Arbitrary<CallEvent> = fc.oneof(...eventArbs);
