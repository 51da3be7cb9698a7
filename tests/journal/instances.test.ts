import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CallEvent } from '../../src/call/events';
import { type CallId, toCallId, toEngagementId } from '../../src/call/ids';
import { outboxKey, resumeGraceMs } from '../../src/journal/call-journal';
import { memoryStorage } from '../../src/journal/key-value-storage';
import { dialOf, valid } from '../call/call-events';
import { fakeBrowser, type SentLog, type WidgetInstance, widgetInstance } from './fake-browser';

const dial = (id: string, at = 1_000_000): CallEvent => ({
  type: 'dialRequested',
  id: toCallId(id),
  dial: dialOf('+14107934326'),
  number: valid('+14107934326'),
  at,
});
const incoming = (id: string, at = 1_000_000): CallEvent => ({
  type: 'incomingCallLogged',
  id: toCallId(id),
  number: valid('+33123456789'),
  at,
});
const engaged = (id: number): CallEvent => ({
  type: 'engagementCreated',
  engagementId: toEngagementId(id),
  callId: null,
  at: 0,
});

/** Which instance sent what, as `instance:callId:message`. */
const sentBy = (log: SentLog) =>
  log.map(({ instance, effect }) => `${instance}:${outboxKey(effect)}`);

const liveId = (phase: { status: string; call?: { id: CallId } }) =>
  'call' in phase && phase.call !== undefined ? phase.call.id : null;

async function started() {
  const browser = fakeBrowser();
  const log: SentLog = [];
  return { browser, log };
}

describe('several widget instances share one journal: each call has one owner', () => {
  it('a second tab opened during a call starts idle, dials its own call, and never completes the first', async () => {
    const { browser, log } = await started();
    const first = widgetInstance(browser, browser.newTab(), log, 1);
    await browser.settle();
    first.send(dial('call-a'));
    first.send(engaged(11));

    const second = widgetInstance(browser, browser.newTab(), log, 2);
    await browser.settle();
    expect(second.phase().status).toBe('idle');
    expect(second.journal.others()).toMatchObject([
      { call: { id: 'call-a' }, status: 'handedOff' },
    ]);

    // A dial in the second tab is its own call, not a dial waiting behind the first's.
    second.send(dial('call-b', 1_000_100));
    expect(second.phase()).toMatchObject({ status: 'handedOff', call: { id: 'call-b' } });
    expect(second.state().waitingDial).toBeNull();
    second.send(engaged(22));
    second.send({ type: 'callCanceled', at: 1_000_200 });
    expect(first.phase()).toMatchObject({ status: 'handedOff', call: { id: 'call-a' } });

    first.send({ type: 'noAnswer', at: 1_000_300 });
    first.send({ type: 'notesEdited', notes: 'Left no message' });
    first.send({ type: 'callSaved', at: 1_000_400 });
    expect(sentBy(log)).toEqual([
      '1:call-a:outgoingCall',
      '2:call-b:outgoingCall',
      '2:call-b:callEnded',
      '2:call-b:callCompleted',
      '1:call-a:callEnded',
      '1:call-a:callCompleted',
    ]);
    const completed = log.flatMap(({ effect }) =>
      effect.type === 'callCompleted' ? [effect.completion] : [],
    );
    expect(completed.find((call) => call.id === 'call-a')).toMatchObject({
      notes: 'Left no message',
      engagementId: 11,
    });
  });

  it('an inbound call logged in the remote frame and an outbound call in the calling window at the same moment each stay with their own frame', async () => {
    const { browser, log } = await started();
    const tab = browser.newTab();
    const remote = widgetInstance(browser, tab, log, 1);
    const window = widgetInstance(browser, tab, log, 2);
    await browser.settle();
    remote.send(incoming('call-in'));
    window.send(dial('call-out'));
    remote.send(engaged(11));
    window.send(engaged(22));
    remote.send({ type: 'callMissed', at: 1_000_100 });
    window.send({ type: 'calleeAnswered', at: 1_000_100 });

    // The calling window reloads: it comes back in its own call, the remote frame keeps its.
    window.close();
    const reloaded = widgetInstance(browser, tab, log, 3);
    await browser.settle();
    expect(reloaded.phase()).toMatchObject({ status: 'connected', call: { id: 'call-out' } });
    expect(remote.phase()).toMatchObject({ status: 'wrapUp', call: { id: 'call-in' } });
    reloaded.send({ type: 'hungUp', at: 1_000_200 });
    remote.send({ type: 'callSaved', at: 1_000_300 });
    expect(sentBy(log)).toEqual([
      '1:call-in:incomingCall',
      '2:call-out:outgoingCall',
      '1:call-in:callEnded',
      '2:call-out:callAnswered',
      '3:call-out:callEnded',
      '1:call-in:callCompleted',
    ]);
  });

  it('a reload of the owner resumes its call, while another tab stays out of it', async () => {
    const { browser, log } = await started();
    const tab = browser.newTab();
    const owner = widgetInstance(browser, tab, log, 1);
    const other = widgetInstance(browser, browser.newTab(), log, 2);
    await browser.settle();
    owner.send(dial('call-a'));
    owner.close();
    const back = widgetInstance(browser, tab, log, 3);
    await browser.settle();
    expect(back.phase()).toMatchObject({ status: 'handedOff', call: { id: 'call-a' } });
    await browser.advance(resumeGraceMs * 2);
    expect(other.phase().status).toBe('idle');
    expect(back.phase()).toMatchObject({ call: { id: 'call-a' } });
  });

  it('a reload waits for the lock its previous page is still letting go of, and resumes the call there, not a fresh widget', async () => {
    const { browser, log } = await started();
    const tab = browser.newTab();
    const owner = widgetInstance(browser, tab, log, 1);
    await browser.settle();
    owner.send(dial('call-a'));
    const [ownerLock] = browser.heldLocks();
    owner.close();
    // The unloading page has written that it left, but its lock goes a moment later.
    const unloading = await browser.page(browser.newTab()).ports.locks.take(ownerLock ?? '');
    const back = widgetInstance(browser, tab, log, 2);
    await browser.advance(200);
    unloading?.release();
    await browser.advance(100);
    expect(back.phase()).toMatchObject({ status: 'handedOff', call: { id: 'call-a' } });
    expect(back.changes.filter((change) => change.type === 'resumed')).toEqual([]);
    expect(browser.heldLocks()).toContain(ownerLock);
  });

  it('a reload after a crash resumes the call at once in the same tab', async () => {
    const { browser, log } = await started();
    const tab = browser.newTab();
    const owner = widgetInstance(browser, tab, log, 1);
    await browser.settle();
    owner.send(dial('call-a'));
    owner.crash();
    const back = widgetInstance(browser, tab, log, 2);
    await browser.settle();
    expect(back.changes.map((change) => change.type)).toContain('resumed');
    expect(back.phase()).toMatchObject({ status: 'handedOff', call: { id: 'call-a' } });
    back.send({ type: 'noAnswer', at: 1_000_100 });
    expect(sentBy(log)).toEqual(['1:call-a:outgoingCall', '2:call-a:callEnded']);
  });

  it("a tab that was closed leaves its unfinished call to the next instance that loads, after the owner's grace", async () => {
    const { browser, log } = await started();
    const owner = widgetInstance(browser, browser.newTab(), log, 1);
    await browser.settle();
    owner.send(dial('call-a'));
    owner.send(engaged(11));
    owner.send({ type: 'calleeAnswered', at: 1_000_100 });
    owner.close();

    const next = widgetInstance(browser, browser.newTab(), log, 2);
    await browser.settle();
    expect(next.phase().status).toBe('idle');
    await browser.advance(resumeGraceMs + 1);
    expect(next.phase()).toMatchObject({ status: 'connected', call: { id: 'call-a' } });
    next.send({ type: 'hungUp', at: 1_010_000 });
    next.send({ type: 'callSaved', at: 1_010_100 });
    expect(sentBy(log)).toEqual([
      '1:call-a:outgoingCall',
      '1:call-a:callAnswered',
      '2:call-a:callEnded',
      '2:call-a:callCompleted',
    ]);
  });

  it("does not wait for HubSpot's answers to a call it took over: they go to the frame that asked, and would take the next call's", async () => {
    const { browser, log } = await started();
    const owner = widgetInstance(browser, browser.newTab(), log, 1);
    await browser.settle();
    owner.send(dial('call-a'));
    owner.close();

    const next = widgetInstance(browser, browser.newTab(), log, 2);
    await browser.settle();
    await browser.advance(resumeGraceMs + 1);
    expect(next.phase()).toMatchObject({ status: 'handedOff', call: { id: 'call-a' } });
    expect(next.state().awaitingAnswers).toEqual([]);
    next.send({ type: 'noAnswer', at: 1_010_000 });
    next.send({ type: 'callSaved', at: 1_010_100 });
    next.send({ type: 'engagementWaitExpired', at: 1_020_100 });
    next.send(dial('call-b', 1_030_000));
    next.send(engaged(22));
    expect(next.phase()).toMatchObject({
      status: 'handedOff',
      call: { id: 'call-b', engagement: { status: 'created', id: 22 } },
    });
  });

  it('a reload after a crash keeps waiting for the answers its own frame still owes', async () => {
    const { browser, log } = await started();
    const tab = browser.newTab();
    const owner = widgetInstance(browser, tab, log, 1);
    await browser.settle();
    owner.send(dial('call-a'));
    owner.crash();

    const again = widgetInstance(browser, tab, log, 2);
    await browser.settle();
    expect(again.phase()).toMatchObject({ status: 'handedOff', call: { id: 'call-a' } });
    again.send(engaged(11));
    expect(again.phase()).toMatchObject({ call: { engagement: { status: 'created', id: 11 } } });
  });

  it('leaves an orphan alone when the instance that loads has a call of its own', async () => {
    const { browser, log } = await started();
    const owner = widgetInstance(browser, browser.newTab(), log, 1);
    await browser.settle();
    owner.send(dial('call-a'));
    owner.close();
    const busy = widgetInstance(browser, browser.newTab(), log, 2);
    await browser.settle();
    busy.send(dial('call-b'));
    await browser.advance(resumeGraceMs + 1);
    expect(liveId(busy.phase())).toBe('call-b');
    // The orphan is still there for the next one.
    const third = widgetInstance(browser, browser.newTab(), log, 3);
    await browser.settle();
    await browser.advance(resumeGraceMs + 1);
    expect(liveId(third.phase())).toBe('call-a');
  });

  it('gives an orphan to exactly one of two instances that load at the same moment', async () => {
    const { browser, log } = await started();
    const owner = widgetInstance(browser, browser.newTab(), log, 1);
    await browser.settle();
    owner.send(dial('call-a'));
    owner.crash();
    await browser.advance(resumeGraceMs + 1);
    const one = widgetInstance(browser, browser.newTab(), log, 2);
    const two = widgetInstance(browser, browser.newTab(), log, 3);
    await browser.settle();
    const owners = [one, two].filter((instance) => liveId(instance.phase()) === 'call-a');
    expect(owners).toHaveLength(1);
  });

  it('tells the other instances when a call starts and ends elsewhere', async () => {
    const { browser, log } = await started();
    const first = widgetInstance(browser, browser.newTab(), log, 1);
    const second = widgetInstance(browser, browser.newTab(), log, 2);
    await browser.settle();
    first.send(dial('call-a'));
    first.send(engaged(11));
    first.send({ type: 'callCanceled', at: 1_000_100 });
    expect(second.changes.filter((change) => change.type === 'othersChanged')).toHaveLength(2);
    expect(second.journal.others()).toEqual([]);
  });
});

describe('several widget instances: any interleaving', () => {
  type Action =
    | { kind: 'open'; tab: number }
    | { kind: 'step'; instance: number; move: number }
    | { kind: 'close' | 'crash'; instance: number }
    | { kind: 'wait'; ms: number };

  const action: fc.Arbitrary<Action> = fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('open' as const), tab: fc.nat(2) }), weight: 2 },
    {
      arbitrary: fc.record({
        kind: fc.constant('step' as const),
        instance: fc.nat(),
        move: fc.nat(),
      }),
      weight: 8,
    },
    {
      arbitrary: fc.record({
        kind: fc.constantFrom('close' as const, 'crash' as const),
        instance: fc.nat(),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('wait' as const),
        ms: fc.constantFrom(100, resumeGraceMs + 1),
      }),
      weight: 2,
    },
  );

  /** Shared storage that refuses every write after the first `writes` (a full disk). */
  const refusing = (writes: number, erasable: boolean) => {
    const base = memoryStorage();
    let left = writes;
    return {
      ...base,
      setItem: (key: string, value: string) => {
        if (left <= 0) throw new DOMException('quota', 'QuotaExceededError');
        left -= 1;
        base.setItem(key, value);
      },
      removeItem: (key: string) => {
        if (!erasable) throw new DOMException('denied', 'SecurityError');
        base.removeItem(key);
      },
    };
  };

  const storages = fc.oneof(
    fc.constant(null),
    fc.record({ writes: fc.nat(80), erasable: fc.boolean() }),
  );

  it('never sends a message twice, never has one call live in two instances, never brings back a finished call, even when storage fails (300 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        storages,
        fc.array(action, { minLength: 1, maxLength: 40 }),
        async (failing, actions) => {
          const browser = fakeBrowser(
            failing === null ? memoryStorage() : refusing(failing.writes, failing.erasable),
          );
          const log: SentLog = [];
          const tabs = [browser.newTab(), browser.newTab(), browser.newTab()];
          const running: WidgetInstance[] = [];
          let calls = 0;
          let engagements = 0;
          for (const next of actions) {
            const time = browser.now();
            if (next.kind === 'open') {
              const tab = tabs[next.tab % tabs.length];
              if (tab !== undefined) {
                running.push(widgetInstance(browser, tab, log, running.length + 1));
              }
            } else if (next.kind === 'wait') {
              await browser.advance(next.ms);
            } else {
              const alive = running.filter((candidate) => !candidate.gone());
              const instance = alive[next.instance % Math.max(1, alive.length)];
              if (instance === undefined) continue;
              if (next.kind === 'close') instance.close();
              else if (next.kind === 'crash') instance.crash();
              else if (next.kind === 'step') {
                const { phase } = instance.state();
                const live = liveId(phase);
                const moves: CallEvent[] = [
                  dial(`call-${++calls}`, time),
                  incoming(`call-${++calls}`, time),
                  { type: 'calleeAnswered', at: time },
                  { type: 'noAnswer', at: time },
                  { type: 'hungUp', at: time },
                  { type: 'callSaved', at: time },
                  { type: 'callCanceled', at: time },
                  { type: 'engagementWaitExpired', at: time },
                  {
                    type: 'engagementCreated',
                    engagementId: toEngagementId(++engagements),
                    callId: live,
                    at: time,
                  },
                ];
                const move = moves[next.move % moves.length];
                if (move !== undefined) instance.send(move);
              }
            }
            await browser.settle();
            const keys = log.map(({ effect }) => outboxKey(effect));
            expect(new Set(keys).size, sentBy(log).join(', ')).toBe(keys.length);
            const live = running
              .filter((instance) => !instance.gone())
              .flatMap((instance) => {
                const id = liveId(instance.phase());
                return id === null ? [] : [id];
              });
            expect(new Set(live).size, live.join(', ')).toBe(live.length);
            const completed = log.flatMap(({ effect }) =>
              effect.type === 'callCompleted' ? [effect.completion.id] : [],
            );
            for (const id of live) expect(completed).not.toContain(id);
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
