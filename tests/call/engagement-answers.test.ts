import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Effect } from '../../src/call/effects';
import { answerGivenUpAfterMs, awaitAnswer, matchAnswer } from '../../src/call/engagement-answers';
import type { CallEvent } from '../../src/call/events';
import { type CallId, toCallId, toEngagementId } from '../../src/call/ids';
import { answerTarget, transition } from '../../src/call/machine';
import { type CallState, callStateSchema, initialCallState } from '../../src/call/state';
import { dialOf, run, valid } from './call-events';

const id = (n: number) => toCallId(`call-${n}`);

const dial = (n: number, at = n * 100_000): CallEvent => ({
  type: 'dialRequested',
  id: id(n),
  dial: dialOf('+14107934326'),
  number: valid('+14107934326'),
  at,
});

/** HubSpot's answer as documented: the engagement id alone. */
const created = (engagementId: number, at = 0, callId: CallId | null = null): CallEvent => ({
  type: 'engagementCreated',
  engagementId: toEngagementId(engagementId),
  callId,
  at,
});

/** The call's messages to HubSpot that carry an engagement id, as `[type, id]`. */
const carried = (effects: Effect[], call: CallId): [string, number | null][] =>
  effects.flatMap((effect): [string, number | null][] => {
    if (effect.type === 'callEnded' && effect.id === call)
      return [[effect.type, effect.engagementId]];
    if (effect.type === 'callCompleted' && effect.completion.id === call) {
      return [[effect.type, effect.completion.engagementId]];
    }
    return [];
  });

describe('matchAnswer', () => {
  const queue = [
    { id: id(1), at: 1 },
    { id: id(2), at: 2 },
  ];

  it('gives an answer that names no call to the oldest call waiting', () => {
    expect(matchAnswer(queue, null)).toEqual({ id: id(1), awaiting: [{ id: id(2), at: 2 }] });
  });

  it('gives an answer that names a waiting call to that call', () => {
    expect(matchAnswer(queue, id(2))).toEqual({ id: id(2), awaiting: [{ id: id(1), at: 1 }] });
  });

  it('gives an answer to no call when no call is waiting for it', () => {
    expect(matchAnswer([], null)).toEqual({ id: null, awaiting: [] });
    expect(matchAnswer(queue, id(9))).toEqual({ id: null, awaiting: queue });
  });
});

describe('awaitAnswer', () => {
  it('queues each request after the others', () => {
    expect(awaitAnswer([{ id: id(1), at: 1 }], { id: id(2), at: 2 }, null)).toEqual([
      { id: id(1), at: 1 },
      { id: id(2), at: 2 },
    ]);
  });

  it(`gives up on a finished call's answer ${answerGivenUpAfterMs / 60_000} minutes after it asked`, () => {
    const late = answerGivenUpAfterMs + 1;
    expect(awaitAnswer([{ id: id(1), at: 0 }], { id: id(2), at: late }, null)).toEqual([
      { id: id(2), at: late },
    ]);
    expect(
      awaitAnswer([{ id: id(1), at: 0 }], { id: id(2), at: answerGivenUpAfterMs }, null),
    ).toHaveLength(2);
  });

  it('never gives up on the live call', () => {
    const late = answerGivenUpAfterMs * 3;
    expect(awaitAnswer([{ id: id(1), at: 0 }], { id: id(2), at: late }, id(1))).toHaveLength(2);
  });
});

describe('transition: an engagement id belongs to the call that asked for it', () => {
  /** Call 1 is saved without its id (HubSpot was slow), then call 2 starts. */
  const firstSavedWithoutId = () =>
    run([
      dial(1),
      { type: 'noAnswer', at: 110_000 },
      { type: 'callSaved', at: 111_000 },
      { type: 'engagementWaitExpired', at: 116_000 },
      dial(2, 200_000),
    ]);

  it("never gives call 1's late id to call 2", () => {
    const start = firstSavedWithoutId();
    expect(carried(start.effects, id(1))).toEqual([
      ['callEnded', null],
      ['callCompleted', null],
    ]);
    const { state, effects } = run(
      [
        created(1111, 201_000),
        { type: 'calleeAnswered', at: 210_000 },
        { type: 'hungUp', at: 260_000 },
        { type: 'callSaved', at: 261_000 },
      ],
      start.state,
    );
    expect(carried(effects, id(2))).toEqual([['callEnded', null]]);
    expect(state.phase).toMatchObject({
      status: 'wrapUp',
      savingSince: 261_000,
      call: { id: id(2), engagement: { status: 'pending' } },
    });
    // HubSpot's answer to call 2 comes next and completes it.
    const done = transition(state, created(2222, 262_000));
    expect(carried(done.effects, id(2))).toEqual([['callCompleted', 2222]]);
  });

  it("ends call 2 without an id rather than with call 1's", () => {
    const { effects } = run(
      [created(1111, 201_000), { type: 'noAnswer', at: 202_000 }],
      firstSavedWithoutId().state,
    );
    expect(carried(effects, id(2))).toEqual([['callEnded', null]]);
  });

  it('says the late answer is for a call that is no longer live', () => {
    const { state } = firstSavedWithoutId();
    expect(answerTarget(state, null)).toEqual({ id: id(1), live: false });
    const after = transition(state, created(1111)).state;
    expect(answerTarget(after, null)).toEqual({ id: id(2), live: true });
  });

  it('counts a failure as the answer too', () => {
    const { state } = run(
      [{ type: 'engagementFailed', reason: 'no scope', callId: null, at: 201_000 }, created(2222)],
      firstSavedWithoutId().state,
    );
    expect(state.phase).toMatchObject({ call: { engagement: { status: 'created', id: 2222 } } });
  });

  it('takes an answer that names its call, in any order', () => {
    const { state } = run([created(1111, 201_000, id(1))], firstSavedWithoutId().state);
    expect(state.phase).toMatchObject({ call: { engagement: { status: 'pending' } } });
    expect(state.awaitingAnswers).toEqual([{ id: id(2), at: 200_000 }]);
  });

  it('does not count the same answer twice (the deprecated ENGAGEMENT_CREATED next to the new one)', () => {
    const { state } = run([dial(1), created(1111), created(1111), { type: 'callCanceled', at: 1 }]);
    const next = run([dial(2, 300_000), created(2222)], state).state;
    expect(next.phase).toMatchObject({ call: { id: id(2), engagement: { id: 2222 } } });
  });

  it("takes the handshake's engagement for the live call when its answer was lost in a reload", () => {
    const { state } = run(
      [{ type: 'engagementRecalled', engagementId: toEngagementId(2222), at: 1 }],
      firstSavedWithoutId().state,
    );
    expect(state.phase).toMatchObject({ call: { id: id(2), engagement: { id: 2222 } } });
    // Call 1's answer, if it still comes, reaches no call.
    const late = transition(state, created(1111));
    expect(late.state.phase).toEqual(state.phase);
    expect(late.effects).toEqual([]);
  });

  it('reads a journal written before answers were queued: its live call is the one waiting', () => {
    const { state } = run([dial(1)]);
    const { awaitingAnswers: _, answered: __, ...old } = state;
    const restored = v.parse(callStateSchema, JSON.parse(JSON.stringify(old)));
    expect(restored.awaitingAnswers).toEqual([{ id: id(1), at: 100_000 }]);
    expect(transition(restored, created(5)).state.phase).toMatchObject({
      call: { engagement: { id: 5 } },
    });
  });
});

describe('transition: late answers in any order never land on the wrong call', () => {
  /** What the agent (or HubSpot's side, or the wait timer) can do in each phase. */
  type Move =
    | 'dial'
    | 'incoming'
    | 'calleeAnswered'
    | 'noAnswer'
    | 'lineBusy'
    | 'callCanceled'
    | 'hostEndedCall'
    | 'callMissed'
    | 'callDeclined'
    | 'hungUp'
    | 'callSaved'
    | 'engagementWaitExpired';
  const movesIn = (state: CallState): readonly Move[] => {
    const { phase } = state;
    switch (phase.status) {
      case 'idle':
      case 'numberNeeded':
        return ['dial', 'incoming'];
      case 'handedOff':
        return phase.call.direction === 'OUTBOUND'
          ? ['calleeAnswered', 'noAnswer', 'lineBusy', 'callCanceled', 'hostEndedCall', 'dial']
          : ['calleeAnswered', 'callMissed', 'callDeclined', 'hostEndedCall'];
      case 'connected':
        return ['hungUp', 'hostEndedCall'];
      case 'wrapUp':
        return phase.savingSince === null ? ['callSaved'] : ['engagementWaitExpired'];
      // Never entered here: no handshake names an engagement in these plays.
      case 'recalled':
        return [];
    }
  };

  /** HubSpot answers rarely next to the agent's steps, so answers often come late. */
  const steps = (named: boolean) =>
    fc.array(
      fc.oneof(
        {
          arbitrary: fc.record({ kind: fc.constant('agent' as const), move: fc.nat() }),
          weight: 6,
        },
        {
          arbitrary: fc.record({
            kind: fc.constant('hubspot' as const),
            // Which pending answer HubSpot sends: the oldest (documented), or any when named.
            pick: named ? fc.nat() : fc.constant(0),
            fail: fc.boolean(),
          }),
          weight: 1,
        },
      ),
      { maxLength: 80 },
    );

  /**
   * Plays the agent and HubSpot against the machine. HubSpot creates one engagement per
   * request and answers each once; every id a call carries must be the one made for it.
   */
  function play(
    plan: ReturnType<typeof steps> extends fc.Arbitrary<infer T> ? T : never,
    named: boolean,
  ) {
    let state: CallState = initialCallState();
    let time = 0;
    let calls = 0;
    const made = new Map<CallId, number>();
    const unanswered: CallId[] = [];
    const apply = (event: CallEvent) => {
      const next = transition(state, event);
      state = next.state;
      for (const effect of next.effects) {
        if (effect.type === 'outgoingCall' || effect.type === 'incomingCall') {
          made.set(effect.call.id, 9_000 + made.size);
          unanswered.push(effect.call.id);
        }
        for (const call of made.keys()) {
          for (const [, engagementId] of carried([effect], call)) {
            if (engagementId !== null) expect(engagementId).toBe(made.get(call));
          }
        }
      }
    };
    for (const step of [
      ...plan,
      ...Array.from({ length: 8 }, () => ({ kind: 'hubspot', pick: 0, fail: false }) as const),
    ]) {
      time += 1_000;
      if (step.kind === 'hubspot') {
        if (unanswered.length === 0) continue;
        const index = step.pick % unanswered.length;
        const [call] = unanswered.splice(index, 1);
        if (call === undefined) continue;
        const callId = named ? call : null;
        apply(
          step.fail
            ? { type: 'engagementFailed', reason: 'refused', callId, at: time }
            : {
                type: 'engagementCreated',
                engagementId: toEngagementId(made.get(call) ?? 0),
                callId,
                at: time,
              },
        );
        continue;
      }
      const moves = movesIn(state);
      const move = moves[step.move % moves.length];
      if (move === 'dial') {
        calls += 1;
        apply(dial(calls, time));
      } else if (move === 'incoming') {
        calls += 1;
        apply({
          type: 'incomingCallLogged',
          id: id(calls),
          number: valid('+33123456789'),
          at: time,
        });
      } else if (move !== undefined) {
        apply({ type: move, at: time });
      }
    }
    return { state, made };
  }

  it('answers in the order asked, none naming its call (2000 runs)', () => {
    fc.assert(
      fc.property(steps(false), (plan) => {
        play(plan, false);
      }),
      { numRuns: 2000 },
    );
  });

  it('answers in any order, each naming its call (2000 runs)', () => {
    fc.assert(
      fc.property(steps(true), (plan) => {
        play(plan, true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a live call whose answer came holds exactly the id made for it (1000 runs)', () => {
    fc.assert(
      fc.property(steps(false), (plan) => {
        const { state, made } = play(plan, false);
        const { phase } = state;
        if (phase.status === 'idle' || phase.status === 'numberNeeded') return;
        if (phase.status === 'recalled') return;
        // Every request has been answered by the end of the play.
        expect(phase.call.engagement).not.toEqual({ status: 'pending' });
        if (phase.call.engagement.status === 'created') {
          expect(phase.call.engagement.id).toBe(made.get(phase.call.id));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
