import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Effect } from '../../src/call/effects';
import type { CallEvent } from '../../src/call/events';
import { toCallId, toEngagementId } from '../../src/call/ids';
import { duplicateDialWindowMs, transition } from '../../src/call/machine';
import { type CallState, initialCallState } from '../../src/call/state';
import { callEventArb, dialOf, run, valid } from './call-events';

const dial = (n: number, phoneNumber = '+14107934326', at = n * 10_000): CallEvent => ({
  type: 'dialRequested',
  id: toCallId(`call-${n}`),
  dial: dialOf(phoneNumber),
  number: valid(phoneNumber),
  at,
});

/** HubSpot's answer to outgoingCall: the engagement exists. */
const engaged = (id = 42): CallEvent => ({
  type: 'engagementCreated',
  engagementId: toEngagementId(id),
  callId: null,
  at: 0,
});

const types = (effects: Effect[]) => effects.map((effect) => effect.type);

describe('transition: a call handed off to the phone', () => {
  it('sends outgoingCall as soon as HubSpot dials a readable number', () => {
    const { state, effects } = run([dial(1)]);
    expect(state.phase.status).toBe('handedOff');
    expect(effects).toEqual([
      {
        type: 'outgoingCall',
        call: expect.objectContaining({ id: 'call-1', startedAt: 10_000, from: null }),
      },
    ]);
  });

  it('uses the chosen caller id as the from number', () => {
    const { effects } = run([dial(1)], initialCallState('+13239991234'));
    expect(effects[0]).toMatchObject({ type: 'outgoingCall', call: { from: '+13239991234' } });
  });

  it('waits for the agent when the number cannot be read, and sends nothing', () => {
    const { state, effects } = run([
      {
        type: 'dialRequested',
        id: toCallId('call-1'),
        dial: dialOf('call me'),
        number: { kind: 'invalid', given: 'call me', reason: { code: 'number.problem.letters' } },
        at: 1,
      },
    ]);
    expect(state.phase.status).toBe('numberNeeded');
    expect(effects).toEqual([]);
  });

  it('hands off with the corrected number, keeping the call id', () => {
    const { state, effects } = run([
      {
        type: 'dialRequested',
        id: toCallId('call-1'),
        dial: dialOf('410 793 432'),
        number: {
          kind: 'invalid',
          given: '410 793 432',
          reason: { code: 'number.problem.tooShort' },
        },
        at: 1,
      },
      { type: 'numberCorrected', number: valid('+14107934326'), at: 5 },
    ]);
    expect(state.phase).toMatchObject({
      status: 'handedOff',
      call: { id: 'call-1', startedAt: 5 },
    });
    expect(effects).toMatchObject([
      { type: 'outgoingCall', call: { to: { e164: '+14107934326' } } },
    ]);
  });

  it('drops a number that could not be read when the agent cancels, telling HubSpot nothing', () => {
    const { state, effects } = run([
      {
        type: 'dialRequested',
        id: toCallId('call-1'),
        dial: dialOf('x'),
        number: { kind: 'invalid', given: 'x', reason: { code: 'number.problem.letters' } },
        at: 1,
      },
      { type: 'callCanceled', at: 2 },
    ]);
    expect(state.phase.status).toBe('idle');
    expect(effects).toEqual([]);
  });
});

describe('transition: how the call went', () => {
  it('Connected sends callAnswered and starts the timer at that moment', () => {
    const { state, effects } = run([dial(1), { type: 'calleeAnswered', at: 12_000 }]);
    expect(state.phase).toMatchObject({ status: 'connected', answeredAt: 12_000 });
    expect(types(effects)).toEqual(['outgoingCall', 'callAnswered']);
  });

  it('End call ends with COMPLETED and opens wrap-up with Connected chosen', () => {
    const { state, effects } = run([
      dial(1),
      { type: 'calleeAnswered', at: 12_000 },
      { type: 'hungUp', at: 72_000 },
    ]);
    expect(state.phase).toMatchObject({ status: 'wrapUp', outcome: 'connected', endedAt: 72_000 });
    expect(effects.at(-1)).toEqual({
      type: 'callEnded',
      id: 'call-1',
      engagementId: null,
      endStatus: 'COMPLETED',
    });
  });

  it.each([
    ['noAnswer', 'NO_ANSWER', 'noAnswer'],
    ['lineBusy', 'BUSY', 'busy'],
  ] as const)('%s ends with %s and proposes that outcome', (type, endStatus, outcome) => {
    const { state, effects } = run([dial(1), { type, at: 20_000 }]);
    expect(state.phase).toMatchObject({ status: 'wrapUp', outcome, answeredAt: null });
    expect(effects.at(-1)).toMatchObject({ type: 'callEnded', endStatus });
  });

  it('Cancel call sends callEnded CANCELED and completes the engagement at once', () => {
    const { state, effects } = run([
      dial(1),
      { type: 'engagementCreated', engagementId: toEngagementId(77), callId: null, at: 0 },
      { type: 'callCanceled', at: 11_000 },
    ]);
    expect(state.phase.status).toBe('idle');
    expect(types(effects)).toEqual(['outgoingCall', 'callEnded', 'callCompleted']);
    expect(effects[1]).toMatchObject({ endStatus: 'CANCELED', engagementId: 77 });
    expect(effects[2]).toMatchObject({
      completion: { endStatus: 'CANCELED', engagementId: 77, answeredAt: null },
    });
  });

  it('Save call completes the call with the outcome and notes the agent gave', () => {
    const { state, effects } = run([
      dial(1),
      engaged(),
      { type: 'calleeAnswered', at: 12_000 },
      { type: 'hungUp', at: 72_000 },
      { type: 'outcomeChosen', outcome: 'leftLiveMessage' },
      { type: 'notesEdited', notes: 'Call back Tuesday' },
      { type: 'callSaved', at: 80_000 },
    ]);
    expect(state.phase).toMatchObject({ status: 'idle', lastCall: { id: 'call-1' } });
    expect(effects.at(-1)).toMatchObject({
      type: 'callCompleted',
      completion: {
        outcome: 'leftLiveMessage',
        notes: 'Call back Tuesday',
        answeredAt: 12_000,
        endedAt: 72_000,
        endStatus: 'COMPLETED',
      },
    });
  });

  it("logs the notes without bidi controls and without what is over HubSpot's limit", () => {
    const { effects } = run([
      dial(1),
      engaged(),
      { type: 'noAnswer', at: 72_000 },
      { type: 'notesEdited', notes: `\u202Eevil\u202C ${'n'.repeat(70_000)}` },
      { type: 'callSaved', at: 80_000 },
    ]);
    const completed = effects.at(-1);
    expect(completed?.type).toBe('callCompleted');
    const notes = completed?.type === 'callCompleted' ? completed.completion.notes : '';
    expect(notes.startsWith('evil n')).toBe(true);
    expect(notes).toHaveLength(65_536);
  });

  it('ignores outcome buttons that do not belong to the current step', () => {
    const handedOff = run([dial(1)]).state;
    expect(transition(handedOff, { type: 'hungUp', at: 1 }).effects).toEqual([]);
    expect(transition(handedOff, { type: 'callSaved', at: 1 }).effects).toEqual([]);
    const connected = run([dial(1), { type: 'calleeAnswered', at: 2 }]).state;
    expect(transition(connected, { type: 'noAnswer', at: 3 }).effects).toEqual([]);
    expect(transition(connected, { type: 'callCanceled', at: 3 }).effects).toEqual([]);
  });

  it('is ready for the next call once the call is saved', () => {
    const { effects } = run([
      dial(1),
      engaged(),
      { type: 'noAnswer', at: 20_000 },
      { type: 'callSaved', at: 21_000 },
      dial(2, '+33123456789'),
    ]);
    expect(types(effects)).toEqual(['outgoingCall', 'callEnded', 'callCompleted', 'outgoingCall']);
  });
});

describe('transition: the engagement id arrives whenever HubSpot sends it', () => {
  const created = {
    type: 'engagementCreated',
    engagementId: toEngagementId(42),
    callId: null,
    at: 0,
  } as const;

  it('before the answer: carried into callEnded and callCompleted', () => {
    const { effects } = run([
      dial(1),
      created,
      { type: 'calleeAnswered', at: 11_000 },
      { type: 'hungUp', at: 12_000 },
      { type: 'callSaved', at: 13_000 },
    ]);
    expect(effects[2]).toMatchObject({ type: 'callEnded', engagementId: 42 });
    expect(effects[3]).toMatchObject({ type: 'callCompleted', completion: { engagementId: 42 } });
  });

  it('after the call ended: callEnded went without it, callCompleted carries it', () => {
    const { effects } = run([
      dial(1),
      { type: 'noAnswer', at: 11_000 },
      created,
      { type: 'callSaved', at: 13_000 },
    ]);
    expect(effects[1]).toMatchObject({ type: 'callEnded', engagementId: null });
    expect(effects[2]).toMatchObject({ type: 'callCompleted', completion: { engagementId: 42 } });
  });

  it('during wrap-up with notes typed: the notes stay', () => {
    const { state } = run([
      dial(1),
      { type: 'noAnswer', at: 11_000 },
      { type: 'notesEdited', notes: 'voicemail full' },
      created,
    ]);
    expect(state.phase).toMatchObject({
      notes: 'voicemail full',
      call: { engagement: { id: 42 } },
    });
  });

  it('after the call was saved: ignored, nothing is sent twice', () => {
    const saved = run([dial(1), engaged(7), { type: 'callCanceled', at: 11_000 }]).state;
    expect(saved.phase.status).toBe('idle');
    const late = transition(saved, created);
    expect(late.effects).toEqual([]);
    expect(late.state.phase).toEqual(saved.phase);
  });

  it('a failure is shown on the call and does not stop it being completed', () => {
    const { state, effects } = run([
      dial(1),
      {
        type: 'engagementFailed',
        reason: 'HubSpot could not create the call',
        callId: null,
        at: 0,
      },
      { type: 'noAnswer', at: 11_000 },
      { type: 'notesEdited', notes: 'kept' },
    ]);
    expect(state.phase).toMatchObject({
      call: { engagement: { status: 'failed' } },
      notes: 'kept',
    });
    const saved = transition(state, { type: 'callSaved', at: 12_000 });
    expect(types([...effects, ...saved.effects])).toEqual([
      'outgoingCall',
      'callEnded',
      'callCompleted',
    ]);
  });

  it('a late failure report never replaces an id already received', () => {
    const { state } = run([
      dial(1),
      created,
      { type: 'engagementFailed', reason: 'late', callId: null, at: 0 },
    ]);
    expect(state.phase).toMatchObject({ call: { engagement: { status: 'created', id: 42 } } });
  });
});

describe('transition: naming the callee from the caller lookup', () => {
  it('carries the chosen name into callCompleted', () => {
    const { effects } = run([
      dial(1),
      engaged(),
      { type: 'calleeNamed', name: 'Emily Carter' },
      { type: 'noAnswer', at: 11_000 },
      { type: 'callSaved', at: 12_000 },
    ]);
    expect(effects.at(-1)).toMatchObject({ completion: { calleeName: 'Emily Carter' } });
  });

  it('is ignored when no call is live', () => {
    const idle = initialCallState();
    expect(transition(idle, { type: 'calleeNamed', name: 'x' }).state).toBe(idle);
  });
});

describe('transition: an inbound call logged from the widget', () => {
  const incoming = (n: number, at = n * 10_000): CallEvent => ({
    type: 'incomingCallLogged',
    id: toCallId(`in-${n}`),
    number: valid('+33123456789'),
    at,
  });

  it('sends incomingCall and waits for the agent to say how it went', () => {
    const { state, effects } = run([incoming(1)]);
    expect(state.phase).toMatchObject({ status: 'handedOff', call: { direction: 'INBOUND' } });
    expect(effects).toMatchObject([{ type: 'incomingCall', call: { id: 'in-1' } }]);
  });

  it('Answered → End call → Save logs an INBOUND call with its talk time', () => {
    const { effects } = run([
      incoming(1),
      engaged(),
      { type: 'calleeAnswered', at: 12_000 },
      { type: 'hungUp', at: 42_000 },
      { type: 'callSaved', at: 43_000 },
    ]);
    expect(types(effects)).toEqual(['incomingCall', 'callAnswered', 'callEnded', 'callCompleted']);
    expect(effects.at(-1)).toMatchObject({
      completion: { direction: 'INBOUND', answeredAt: 12_000, endedAt: 42_000 },
    });
  });

  it.each([
    ['callMissed', 'MISSED'],
    ['callDeclined', 'REJECTED'],
  ] as const)('%s ends the call as %s', (type, endStatus) => {
    const { state, effects } = run([incoming(1), { type, at: 11_000 }]);
    expect(state.phase).toMatchObject({ status: 'wrapUp', endStatus });
    expect(effects.at(-1)).toMatchObject({ type: 'callEnded', endStatus });
  });

  it('has no No answer or Busy: those are outbound outcomes', () => {
    const ringing = run([incoming(1)]).state;
    expect(transition(ringing, { type: 'noAnswer', at: 1 }).effects).toEqual([]);
    expect(transition(ringing, { type: 'lineBusy', at: 1 }).effects).toEqual([]);
  });

  it('cannot be logged while another call is live', () => {
    const { effects } = run([dial(1), incoming(2)]);
    expect(types(effects)).toEqual(['outgoingCall']);
  });

  it('is ended by HubSpot like any call', () => {
    const { effects } = run([incoming(1), { type: 'hostEndedCall', at: 20_000 }]);
    expect(effects.at(-1)).toMatchObject({ type: 'callEnded', endStatus: 'CANCELED' });
  });
});

describe('transition: lines the widget adds to the notes', () => {
  it('appends a line under what the agent typed, in wrap-up', () => {
    const { state } = run([
      dial(1),
      { type: 'noAnswer', at: 11_000 },
      { type: 'notesEdited', notes: 'Voicemail full' },
      { type: 'noteAppended', line: 'Follow-up text sent: Hi Emily' },
    ]);
    expect(state.phase).toMatchObject({ notes: 'Voicemail full\nFollow-up text sent: Hi Emily' });
  });

  it('starts the notes with the line when there were none', () => {
    const { state } = run([
      dial(1),
      { type: 'noAnswer', at: 11_000 },
      { type: 'noteAppended', line: 'Follow-up text sent: Hi' },
    ]);
    expect(state.phase).toMatchObject({ notes: 'Follow-up text sent: Hi' });
  });
});

describe('transition: saving waits a bounded time for the engagement id', () => {
  const wrapUp = [dial(1), { type: 'noAnswer', at: 11_000 } as CallEvent];

  it('holds the completion while HubSpot has not sent the id yet', () => {
    const { state, effects } = run([...wrapUp, { type: 'callSaved', at: 12_000 }]);
    expect(state.phase).toMatchObject({ status: 'wrapUp', savingSince: 12_000 });
    expect(types(effects)).toEqual(['outgoingCall', 'callEnded']);
  });

  it('completes with the id as soon as it arrives', () => {
    const { state, effects } = run([
      ...wrapUp,
      { type: 'callSaved', at: 12_000 },
      { type: 'engagementCreated', engagementId: toEngagementId(77), callId: null, at: 13_000 },
    ]);
    expect(state.phase.status).toBe('idle');
    expect(effects.at(-1)).toMatchObject({
      type: 'callCompleted',
      completion: { engagementId: 77 },
    });
  });

  it('completes without it when the wait is over, once', () => {
    const { effects } = run([
      ...wrapUp,
      { type: 'callSaved', at: 12_000 },
      { type: 'engagementWaitExpired', at: 17_000 },
      { type: 'engagementWaitExpired', at: 18_000 },
      { type: 'engagementCreated', engagementId: toEngagementId(77), callId: null, at: 19_000 },
    ]);
    expect(types(effects)).toEqual(['outgoingCall', 'callEnded', 'callCompleted']);
    expect(effects.at(-1)).toMatchObject({ completion: { engagementId: null } });
  });

  it('completes at once when HubSpot reports the engagement failed', () => {
    const { effects } = run([
      ...wrapUp,
      { type: 'callSaved', at: 12_000 },
      { type: 'engagementFailed', reason: 'no scope', callId: null, at: 12_500 },
    ]);
    expect(types(effects)).toEqual(['outgoingCall', 'callEnded', 'callCompleted']);
  });

  it('keeps the notes as saved: edits while saving are ignored', () => {
    const { state } = run([
      ...wrapUp,
      { type: 'notesEdited', notes: 'final' },
      { type: 'callSaved', at: 12_000 },
      { type: 'notesEdited', notes: 'changed' },
    ]);
    expect(state.phase).toMatchObject({ notes: 'final' });
  });

  it('Cancel call with no id yet ends at once and completes when the id comes', () => {
    const canceled = run([dial(1), { type: 'callCanceled', at: 11_000 }]);
    expect(types(canceled.effects)).toEqual(['outgoingCall', 'callEnded']);
    expect(canceled.state.phase).toMatchObject({ status: 'wrapUp', savingSince: 11_000 });
    const done = transition(canceled.state, engaged(9));
    expect(done.effects).toMatchObject([
      { type: 'callCompleted', completion: { engagementId: 9 } },
    ]);
  });
});

describe('transition: HubSpot ends the call (onEndCall)', () => {
  const hostEnd = { type: 'hostEndedCall', at: 50_000 } as const;

  it('while handed off: ends as CANCELED and opens wrap-up for notes', () => {
    const { state, effects } = run([dial(1), hostEnd]);
    expect(state.phase).toMatchObject({ status: 'wrapUp', endStatus: 'CANCELED', outcome: null });
    expect(effects.at(-1)).toMatchObject({ type: 'callEnded', endStatus: 'CANCELED' });
  });

  it('while connected: ends as COMPLETED, keeping the talk time', () => {
    const { state } = run([dial(1), { type: 'calleeAnswered', at: 20_000 }, hostEnd]);
    expect(state.phase).toMatchObject({ status: 'wrapUp', answeredAt: 20_000, endedAt: 50_000 });
  });

  it('during wrap-up or when idle: nothing more is sent', () => {
    const wrapUp = run([dial(1), { type: 'noAnswer', at: 20_000 }]).state;
    expect(transition(wrapUp, hostEnd).effects).toEqual([]);
    expect(transition(initialCallState(), hostEnd).effects).toEqual([]);
  });

  it('while the number is being corrected: the request is dropped, nothing was sent', () => {
    const { state, effects } = run([
      {
        type: 'dialRequested',
        id: toCallId('call-1'),
        dial: dialOf('?'),
        number: { kind: 'invalid', given: '?', reason: { code: 'number.problem.notDigits' } },
        at: 1,
      },
      hostEnd,
    ]);
    expect(state.phase.status).toBe('idle');
    expect(effects).toEqual([]);
  });
});

describe('transition: HubSpot dials again while a call is live', () => {
  it('treats the same number within 2 s as the same request', () => {
    const { state, effects } = run([
      dial(1, '+14107934326', 1_000),
      dial(2, '+14107934326', 1_000 + duplicateDialWindowMs - 1),
    ]);
    expect(types(effects)).toEqual(['outgoingCall']);
    expect(state.waitingDial).toBeNull();
  });

  it('keeps the first call and holds the new request for the agent', () => {
    const { state, effects } = run([
      dial(1),
      { type: 'calleeAnswered', at: 11_000 },
      dial(2, '+33123456789', 12_000),
    ]);
    expect(types(effects)).toEqual(['outgoingCall', 'callAnswered']);
    expect(state.phase).toMatchObject({ status: 'connected', call: { id: 'call-1' } });
    expect(state.waitingDial).toMatchObject({ id: 'call-2', queued: false });
  });

  it('places the queued dial once the current call is saved', () => {
    const { state, effects } = run([
      dial(1),
      engaged(),
      dial(2, '+33123456789', 12_000),
      { type: 'waitingDialQueued', at: 12_500 },
      { type: 'noAnswer', at: 13_000 },
      { type: 'callSaved', at: 14_000 },
    ]);
    expect(types(effects)).toEqual(['outgoingCall', 'callEnded', 'callCompleted', 'outgoingCall']);
    expect(state.phase).toMatchObject({
      status: 'handedOff',
      call: { id: 'call-2', startedAt: 14_000 },
    });
    expect(state.waitingDial).toBeNull();
  });

  it('keeps asking after the call when the agent has not chosen, and calls when asked', () => {
    const afterSave = run([
      dial(1),
      engaged(),
      dial(2, '+33123456789', 12_000),
      { type: 'callCanceled', at: 13_000 },
    ]).state;
    expect(afterSave.phase.status).toBe('idle');
    expect(afterSave.waitingDial).toMatchObject({ id: 'call-2' });
    const placed = transition(afterSave, { type: 'waitingDialQueued', at: 15_000 });
    expect(placed.effects).toMatchObject([{ type: 'outgoingCall', call: { id: 'call-2' } }]);
  });

  it('keeps the last of a burst of numbers and counts the others it replaced', () => {
    const { state, effects } = run([
      dial(1),
      dial(2, '+33123456789', 12_000),
      dial(3, '+442079460000', 12_100),
      dial(4, '+81312345678', 12_200),
    ]);
    expect(types(effects)).toEqual(['outgoingCall']);
    expect(state.waitingDial).toMatchObject({
      id: 'call-4',
      dial: { phoneNumber: '+81312345678' },
      dropped: 2,
    });
  });

  it('counts every change of number in a burst, whatever the order', () => {
    const numbers = ['+33123456789', '+442079460000', '+81312345678'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...numbers), { minLength: 1, maxLength: 12 }),
        (burst) => {
          const dials = burst.map((number, index) => dial(index + 2, number, 20_000 + index * 100));
          const { state } = run([dial(1), ...dials]);
          const changes = burst.filter((number, index) => index > 0 && number !== burst[index - 1]);
          expect(state.waitingDial).toMatchObject({
            dial: { phoneNumber: burst.at(-1) },
            dropped: changes.length,
          });
        },
      ),
    );
  });

  it('counts no dropped dial when HubSpot repeats the waiting number', () => {
    const { state } = run([
      dial(1),
      dial(2, '+33123456789', 12_000),
      dial(3, '+33123456789', 12_100),
    ]);
    expect(state.waitingDial).toMatchObject({ id: 'call-3', dropped: 0 });
  });

  it('starts counting again after the agent dismissed the waiting dial', () => {
    const { state } = run([
      dial(1),
      dial(2, '+33123456789', 12_000),
      dial(3, '+442079460000', 12_100),
      { type: 'waitingDialDismissed' },
      dial(4, '+81312345678', 12_200),
    ]);
    expect(state.waitingDial).toMatchObject({ id: 'call-4', dropped: 0 });
  });

  it('forgets the new request when the agent dismisses it', () => {
    const { state } = run([
      dial(1),
      dial(2, '+33123456789', 12_000),
      { type: 'waitingDialDismissed' },
    ]);
    expect(state.waitingDial).toBeNull();
    expect(state.phase).toMatchObject({ call: { id: 'call-1' } });
  });
});

describe('transition: a call HubSpot recalls after a reload that kept nothing', () => {
  const recalled = (id = 77, at = 5_000): CallEvent => ({
    type: 'engagementRecalled',
    engagementId: toEngagementId(id),
    at,
  });
  const saved = (at = 9_000): CallEvent => ({
    type: 'recalledCallSaved',
    id: toCallId('recalled-1'),
    at,
  });

  it('offers to finish the engagement the handshake names when no call here has it', () => {
    const { state, effects } = run([recalled()]);
    expect(effects).toEqual([]);
    expect(state.phase).toEqual({
      status: 'recalled',
      engagementId: 77,
      at: 5_000,
      outcome: null,
      notes: '',
    });
  });

  it('logs the outcome and notes on that engagement: ended, then completed, under a new id', () => {
    const { state, effects } = run([
      recalled(),
      { type: 'outcomeChosen', outcome: 'leftVoicemail' },
      { type: 'notesEdited', notes: 'Call back Friday' },
      saved(),
    ]);
    expect(effects).toEqual([
      { type: 'callEnded', id: 'recalled-1', engagementId: 77, endStatus: 'COMPLETED' },
      {
        type: 'recalledCallCompleted',
        id: 'recalled-1',
        engagementId: 77,
        endStatus: 'COMPLETED',
        outcome: 'leftVoicemail',
        notes: 'Call back Friday',
      },
    ]);
    expect(state.phase).toEqual({ status: 'idle', lastCall: null });
  });

  it('ends it as the outcome says when that is all that is known (no answer, busy)', () => {
    for (const [outcome, endStatus] of [
      ['noAnswer', 'NO_ANSWER'],
      ['busy', 'BUSY'],
    ] as const) {
      const { effects } = run([recalled(), { type: 'outcomeChosen', outcome }, saved()]);
      expect(effects[0]).toMatchObject({ type: 'callEnded', endStatus });
    }
  });

  it('sends nothing when the agent leaves it, and never offers it again', () => {
    const { state, effects } = run([
      recalled(),
      { type: 'recalledCallDismissed', at: 6_000 },
      recalled(),
    ]);
    expect(effects).toEqual([]);
    expect(state.phase).toEqual({ status: 'idle', lastCall: null });
  });

  it('is not offered again once logged, nor twice at once', () => {
    const { state, effects } = run([recalled(), recalled(), saved(), recalled()]);
    expect(types(effects)).toEqual(['callEnded', 'recalledCallCompleted']);
    expect(state.phase.status).toBe('idle');
  });

  it('is not offered for an engagement a call here was given', () => {
    const { state } = run([
      dial(1),
      engaged(77),
      { type: 'noAnswer', at: 11_000 },
      { type: 'callSaved', at: 12_000 },
      recalled(77, 13_000),
    ]);
    expect(state.phase.status).toBe('idle');
  });

  it('gives the engagement to the live call still waiting for it, as before', () => {
    const { state } = run([dial(1), recalled(77, 11_000)]);
    expect(state.phase).toMatchObject({
      status: 'handedOff',
      call: { engagement: { status: 'created', id: 77 } },
    });
  });

  it('keeps a dial HubSpot sends meanwhile waiting, and places it once the call is logged if asked', () => {
    const { state, effects } = run([
      recalled(),
      dial(2, '+33123456789', 6_000),
      { type: 'waitingDialQueued', at: 7_000 },
      { type: 'hostEndedCall', at: 8_000 },
      saved(),
    ]);
    expect(types(effects)).toEqual(['callEnded', 'recalledCallCompleted', 'outgoingCall']);
    expect(state.phase).toMatchObject({
      status: 'handedOff',
      call: { id: 'call-2', startedAt: 9_000 },
    });
  });

  it('keeps the waiting dial asked when the agent leaves the recalled call', () => {
    const { state, effects } = run([
      recalled(),
      dial(2, '+33123456789', 6_000),
      { type: 'recalledCallDismissed', at: 7_000 },
    ]);
    expect(effects).toEqual([]);
    expect(state.phase.status).toBe('idle');
    expect(state.waitingDial).toMatchObject({ id: 'call-2', queued: false });
  });

  it('logs the notes without bidi controls, as a wrap-up does', () => {
    const { effects } = run([recalled(), { type: 'notesEdited', notes: 'ok\u202Eevil' }, saved()]);
    expect(effects[1]).toMatchObject({ type: 'recalledCallCompleted', notes: 'okevil' });
  });
});

describe('transition: invariants over any sequence of events', () => {
  const eventArb = callEventArb;

  /** What an agent does to get back to idle from anywhere: end, save, drop waiting dials. */
  function finishEverything(state: CallState) {
    const drain: CallEvent[] = [
      { type: 'waitingDialDismissed' },
      { type: 'recalledCallSaved', id: toCallId('recalled-at-the-end'), at: 1e12 },
      { type: 'hostEndedCall', at: 1e12 },
      { type: 'callSaved', at: 1e12 },
      { type: 'engagementWaitExpired', at: 1e12 },
    ];
    return run(drain, state);
  }

  it('every outgoingCall is followed by exactly one callEnded, then exactly one callCompleted', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (events) => {
        const first = run(events);
        const rest = finishEverything(first.state);
        expect(rest.state.phase.status).toBe('idle');
        const effects = [...first.effects, ...rest.effects];
        const started = effects.flatMap((e) =>
          e.type === 'outgoingCall' || e.type === 'incomingCall' ? [e.call.id] : [],
        );
        expect(new Set(started).size).toBe(started.length);
        for (const id of started) {
          const forCall = effects.filter(
            (e) =>
              (e.type === 'callEnded' && e.id === id) ||
              (e.type === 'callCompleted' && e.completion.id === id) ||
              (e.type === 'callAnswered' && e.id === id),
          );
          const lifecycle = forCall.map((e) => e.type).filter((t) => t !== 'callAnswered');
          expect(lifecycle).toEqual(['callEnded', 'callCompleted']);
        }
        const ofStarted = new Set(started);
        const ended = effects.filter(
          (e) => (e.type === 'callEnded' && ofStarted.has(e.id)) || e.type === 'callCompleted',
        );
        expect(ended.length).toBe(started.length * 2);
        // A recalled call (no call of its own) is ended, then completed, on its engagement.
        effects.forEach((e, index) => {
          if (e.type !== 'callEnded' || ofStarted.has(e.id)) return;
          expect(effects[index + 1]).toMatchObject({
            type: 'recalledCallCompleted',
            id: e.id,
            engagementId: e.engagementId,
          });
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('completes an engagement HubSpot recalls once, and never one a call here completed', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (events) => {
        const first = run(events);
        const { effects } = finishEverything(first.state);
        const all = [...first.effects, ...effects];
        const recalled = all.flatMap((e) =>
          e.type === 'recalledCallCompleted' ? [e.engagementId] : [],
        );
        const completed = all.flatMap((e) =>
          e.type === 'callCompleted' && e.completion.engagementId !== null
            ? [e.completion.engagementId]
            : [],
        );
        expect(new Set(recalled).size).toBe(recalled.length);
        for (const id of recalled) expect(completed).not.toContain(id);
        // Nothing but what the agent said about it goes with it: no number, no call.
        for (const e of all) {
          if (e.type === 'recalledCallCompleted') {
            expect(
              events.some((event) => event.type === 'recalledCallSaved' && event.id === e.id) ||
                e.id === 'recalled-at-the-end',
            ).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('only one call is ever live: no outgoingCall before the previous call completed', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (events) => {
        let live = 0;
        for (const effect of run(events).effects) {
          if (effect.type === 'outgoingCall' || effect.type === 'incomingCall') live += 1;
          if (effect.type === 'callCompleted') live -= 1;
          expect(live).toBeLessThanOrEqual(1);
          expect(live).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('an engagement id received before completion is always in callCompleted', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (events) => {
        let state = initialCallState();
        let known: number | null = null;
        for (const event of [
          ...events,
          { type: 'hostEndedCall', at: 1e12 },
          { type: 'callSaved', at: 1e12 },
        ] as CallEvent[]) {
          const next = transition(state, event);
          for (const effect of next.effects) {
            if (effect.type === 'callCompleted' && known !== null) {
              expect(effect.completion.engagementId).toBe(known);
            }
            if (effect.type === 'outgoingCall' || effect.type === 'incomingCall') known = null;
          }
          const phase = next.state.phase;
          if (
            phase.status !== 'idle' &&
            phase.status !== 'numberNeeded' &&
            phase.status !== 'recalled'
          ) {
            known = phase.call.engagement.status === 'created' ? phase.call.engagement.id : known;
          }
          state = next.state;
        }
      }),
      { numRuns: 1000 },
    );
  });
});
