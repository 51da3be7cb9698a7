import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EngagementId } from '../../src/call/ids';
import { callOutcomes } from '../../src/call/outcome';
import { resumeGraceMs } from '../../src/journal/call-journal';
import type { LookupResult } from '../../src/lookup/lookup-caller';
import type { CallerEntry } from '../../src/lookup/lookup-schemas';
import type { WorkflowResult } from '../../src/lookup/run-workflow';
import { demoLookupService } from '../../src/mocks/demo-directory';
import { defaultLookupSettings, effectiveLookup } from '../../src/settings/lookup-settings';
import { defaultSettings, providerFor, type Settings } from '../../src/settings/settings';
import { liveCallOf } from '../../src/widget/live-call';
import type { Sent, WidgetFrames } from '../support/widget-world';
import {
  engagementWaitMs,
  frameWorld,
  type WidgetWorld,
  widgetFrames,
  widgetWorld,
} from '../support/widget-world';

// The whole widget (reducer, interpreter, journal, wiring) over random sessions: HubSpot's
// dials and answers, the agent's steps, settings changes, lookups and workflows answered
// (or failed, or late), notices, time passing and reloads of the iframe. Whatever happens,
// HubSpot hears a consistent story.

const token = ['{"alg":"HS256","typ":"JWT"}', '{"ipphone":"1001"}']
  .map((part) => Buffer.from(part).toString('base64url'))
  .concat(Buffer.alloc(32, 1).toString('base64url'))
  .join('.');

/** Settings an agent could save, one of each kind that changes what the widget does. */
const settingsChoices: Settings[] = [
  defaultSettings,
  { ...defaultSettings, callerIds: ['+13239991234', '+13105550100'] },
  {
    ...defaultSettings,
    lookup: { ...defaultLookupSettings, rootUrl: demoLookupService.rootUrl, autoCallFlow: true },
  },
  { ...defaultSettings, lookup: { ...defaultLookupSettings, rootUrl: 'https://crm.example.com' } },
  {
    ...defaultSettings,
    provider: 'careSoft',
    careSoft: { ...defaultSettings.careSoft, domain: 'test', token, loggedIn: false },
  },
];

const entry = (name: string): CallerEntry => ({
  name,
  company: null,
  contactUri: null,
  companyUri: null,
  id: `id-${name}`,
  crmName: null,
  crmLogo: null,
  crmActions: ['CreateTicket'],
  customData: [],
});

const lookupResults: LookupResult[] = [
  { kind: 'matches', entries: [entry('Emily Carter')], nameless: 0 },
  { kind: 'matches', entries: [entry('Anna Meier'), entry('Jonas Keller')], nameless: 0 },
  { kind: 'noMatch' },
  { kind: 'failed', problem: { code: 'lookup.problem.notJson' } },
  { kind: 'timedOut', problem: { code: 'lookup.problem.timedOut', values: { seconds: 2 } } },
];

const workflowResults: WorkflowResult[] = [
  { kind: 'done', id: 'T-1', url: null },
  {
    kind: 'failed',
    problem: { code: 'workflow.problem.httpError', values: { name: 'CallFlow', status: 500 } },
  },
];

type Action =
  | { kind: 'dial'; phoneNumber: string }
  | {
      kind: 'step';
      step:
        | 'answer'
        | 'noAnswer'
        | 'busy'
        | 'cancel'
        | 'hangUp'
        | 'save'
        | 'missed'
        | 'declined'
        | 'takeWaitingDial'
        | 'dismissWaitingDial'
        | 'confirmCareSoftLogin'
        | 'logOutOfCareSoft'
        | 'followUpText'
        | 'finishRecalledCall'
        | 'dismissRecalledCall';
    }
  | { kind: 'outcome'; outcome: (typeof callOutcomes)[number] }
  | { kind: 'notes'; notes: string }
  | { kind: 'correct'; text: string }
  | { kind: 'incoming'; text: string }
  | { kind: 'callerId'; callerId: string | null }
  | { kind: 'settings'; settings: Settings }
  | { kind: 'dismissNotice' }
  | { kind: 'available'; available: boolean }
  | { kind: 'chooseEntry'; index: number }
  | { kind: 'runWorkflow' }
  | {
      kind: 'host';
      says:
        | 'engagementCreated'
        | 'engagementCreateFailed'
        | 'endCall'
        | 'hidden'
        | 'callerIdMatched'
        | 'callerIdMatchFailed'
        | 'engagementUpdateFailed'
        | 'navigateToRecordFailed';
    }
  | { kind: 'lookupAnswer'; result: LookupResult }
  | { kind: 'workflowAnswer'; result: WorkflowResult }
  | { kind: 'time'; ms: number }
  | { kind: 'reload'; kitLoads: boolean };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('dial'),
      phoneNumber: fc.constantFrom(
        '+1 410-793-4326',
        '+1 410-793-4326',
        '+33 1 23 45 67 89',
        'call me',
        '',
      ),
    }),
  },
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('step'),
      // The steps that move a call on come up more often, so sessions hold several calls.
      step: fc.constantFrom(
        'answer',
        'answer',
        'noAnswer',
        'busy',
        'cancel',
        'hangUp',
        'hangUp',
        'save',
        'save',
        'save',
        'missed',
        'declined',
        'takeWaitingDial',
        'takeWaitingDial',
        'dismissWaitingDial',
        'confirmCareSoftLogin',
        'logOutOfCareSoft',
        'followUpText',
        'finishRecalledCall',
        'dismissRecalledCall',
      ),
    }),
  },
  fc.record({ kind: fc.constant('outcome'), outcome: fc.constantFrom(...callOutcomes) }),
  fc.record({ kind: fc.constant('notes'), notes: fc.constantFrom('', 'Call back', 'a <b> & c') }),
  fc.record({ kind: fc.constant('correct'), text: fc.constantFrom('+1 410 793 4326', 'junk') }),
  fc.record({ kind: fc.constant('incoming'), text: fc.constantFrom('+44 20 7946 0958', 'nope') }),
  fc.record({
    kind: fc.constant('callerId'),
    callerId: fc.constantFrom(null, '+13239991234', '+13105550100'),
  }),
  fc.record({ kind: fc.constant('settings'), settings: fc.constantFrom(...settingsChoices) }),
  fc.record({ kind: fc.constant('dismissNotice') }),
  fc.record({ kind: fc.constant('available'), available: fc.boolean() }),
  fc.record({ kind: fc.constant('chooseEntry'), index: fc.constantFrom(0, 1, 2) }),
  fc.record({ kind: fc.constant('runWorkflow') }),
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('host'),
      says: fc.constantFrom(
        'engagementCreated',
        'engagementCreated',
        'engagementCreateFailed',
        'endCall',
        'hidden',
        'callerIdMatched',
        'callerIdMatchFailed',
        'engagementUpdateFailed',
        'navigateToRecordFailed',
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('lookupAnswer'),
      result: fc.constantFrom(...lookupResults),
    }),
  },
  fc.record({ kind: fc.constant('workflowAnswer'), result: fc.constantFrom(...workflowResults) }),
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('time'), ms: fc.constantFrom(300, 2_500, 6_000) }),
  },
  {
    weight: 2,
    // Now and then the deep-link code fails to load in the new document.
    arbitrary: fc.record({
      kind: fc.constant('reload'),
      kitLoads: fc.constantFrom(true, true, true, false),
    }),
  },
);

const callIdOf = (sent: Sent): string | null => {
  const { message } = sent;
  return 'payload' in message && 'externalCallId' in message.payload
    ? message.payload.externalCallId
    : null;
};

/**
 * HubSpot's side: the calls it was told about, and its one answer to each call's
 * `createEngagement`, given in the order the calls were started, whenever it comes (even
 * after the call was saved without it).
 */
function hubSpot(world: WidgetWorld, messagesSoFar = () => world.sent.length) {
  const answered = new Map<string, { engagementId: number | null; atMessage: number }>();
  const startedIn = (sent: Sent[]) =>
    sent.flatMap((s) =>
      s.message.type === 'outgoingCall' || s.message.type === 'incomingCall'
        ? [s.message.payload.externalCallId]
        : [],
    );
  const started = () => startedIn(world.sent);
  const completed = () =>
    new Set(world.sent.flatMap((s) => (s.message.type === 'callCompleted' ? [callIdOf(s)] : [])));
  return {
    answered,
    started,
    completed,
    /** HubSpot answers the oldest call it has not answered yet. */
    answer(ok: boolean) {
      const id = startedIn(world.answerable).find((call) => !answered.has(call));
      if (id === undefined) return;
      if (ok) {
        const engagementId = world.newEngagementId();
        answered.set(id, { engagementId, atMessage: messagesSoFar() });
        world.engagements.set(id, engagementId);
        world.receive({ type: 'engagementCreated', engagementId });
      } else {
        answered.set(id, { engagementId: null, atMessage: messagesSoFar() });
        world.engagements.set(id, null);
        world.receive({ type: 'engagementCreateFailed', reason: 'No access to calls.' });
      }
    },
  };
}

async function act(world: WidgetWorld, host: ReturnType<typeof hubSpot>, action: Action) {
  const { controller } = world.widget;
  switch (action.kind) {
    case 'dial':
      world.receive({
        type: 'dialNumber',
        payload: { phoneNumber: action.phoneNumber, countryCode: 'US', objectId: 101 },
      });
      break;
    case 'step':
      if (action.step === 'followUpText')
        controller.recordFollowUpText('Follow-up text sent: Sorry I missed you');
      else controller[action.step]();
      break;
    case 'outcome':
      controller.chooseOutcome(action.outcome);
      break;
    case 'notes':
      controller.editNotes(action.notes);
      break;
    case 'correct':
      void controller.correctNumber(action.text);
      break;
    case 'incoming':
      void controller.logIncomingCall(action.text);
      break;
    case 'callerId':
      controller.chooseCallerId(action.callerId);
      break;
    case 'settings':
      controller.saveSettings(action.settings);
      break;
    case 'dismissNotice': {
      const [first] = world.state().notices;
      if (first !== undefined) controller.dismissNotice(first.id);
      break;
    }
    case 'available':
      controller.setAvailable(action.available);
      break;
    case 'chooseEntry':
      controller.chooseCallerEntry(action.index);
      break;
    case 'runWorkflow':
      controller.runWorkflow('CreateTicket');
      break;
    case 'host':
      switch (action.says) {
        case 'engagementCreated':
          host.answer(true);
          break;
        case 'engagementCreateFailed':
          host.answer(false);
          break;
        case 'endCall':
          world.receive({ type: 'endCall' });
          break;
        case 'hidden':
          world.receive({ type: 'visibilityChanged', hidden: true });
          break;
        case 'callerIdMatched':
          world.receive({
            type: 'callerIdMatched',
            matches: [
              {
                name: 'Emily Carter',
                kind: 'CONTACT',
                objectCoordinates: { portalId: 424242, objectId: 101, objectTypeId: '0-1' },
              },
            ],
          });
          break;
        case 'callerIdMatchFailed':
          world.receive({ type: 'callerIdMatchFailed' });
          break;
        case 'engagementUpdateFailed':
          world.receive({ type: 'engagementUpdateFailed', reason: 'Engagement locked.' });
          break;
        case 'navigateToRecordFailed':
          world.receive({ type: 'navigateToRecordFailed', reason: 'No such record.' });
          break;
      }
      break;
    case 'lookupAnswer':
      world.answerLookup(action.result);
      break;
    case 'workflowAnswer':
      world.answerWorkflow(action.result);
      break;
    case 'time':
      world.advance(action.ms);
      break;
    case 'reload':
      world.reload(action.kitLoads);
      break;
  }
  await world.settle();
}

/**
 * The agent finishes whatever is open, until all is logged. HubSpot says nothing more:
 * an engagement id it never sends must not keep a call from being logged.
 */
async function finishEverything(world: WidgetWorld) {
  for (let round = 0; round < 12; round += 1) {
    const { controller } = world.widget;
    const { phase } = world.state().call;
    switch (phase.status) {
      case 'idle':
        return;
      case 'numberNeeded':
        controller.cancel();
        break;
      case 'handedOff':
        if (phase.call.direction === 'INBOUND') controller.missed();
        else controller.noAnswer();
        break;
      case 'connected':
        controller.hangUp();
        break;
      case 'wrapUp':
        if (phase.savingSince === null) controller.save();
        else world.advance(engagementWaitMs);
        break;
      case 'recalled':
        controller.finishRecalledCall();
        break;
    }
    await world.settle();
  }
  throw new Error('the widget did not come back to idle');
}

/** What must hold after every action, looking at the widget's own state. */
function checkState(world: WidgetWorld, host: ReturnType<typeof hubSpot>) {
  const state = world.state();
  const live = liveCallOf(state.call.phase);
  // A call HubSpot was told is complete never comes back, reload or not.
  if (live !== null) expect(host.completed().has(live.id)).toBe(false);
  const noticeIds = state.notices.map((notice) => notice.id);
  expect(new Set(noticeIds).size).toBe(noticeIds.length);
  // Derived once per settings change, and always in step with the settings.
  expect(state.provider).toBe(providerFor(state.settings, state.admin.provider));
  expect(state.lookup).toEqual(
    effectiveLookup(state.settings.lookup, state.admin.lookup, state.admin.demoLookup),
  );
}

/** What HubSpot heard, over the whole session. */
function checkConversation(
  world: Pick<WidgetWorld, 'sent' | 'engagements'>,
  host: Pick<ReturnType<typeof hubSpot>, 'started' | 'answered'>,
  options: { complete: boolean } = { complete: true },
) {
  const started = host.started();
  checkRecalledCalls(world, new Set(started));
  // Each call was started once.
  expect(new Set(started).size).toBe(started.length);
  // An engagement id goes only with the call HubSpot gave it for, never another.
  const owners = new Map(
    [...host.answered].flatMap(([call, answer]) =>
      answer.engagementId === null ? [] : [[answer.engagementId, call] as const],
    ),
  );
  const expectOwnEngagement = (id: string, engagementId: number | undefined) => {
    if (engagementId !== undefined) expect(owners.get(engagementId)).toBe(id);
  };
  // Several frames may each have a call live; one frame (tab) has one at most. When storage
  // refused, a reload may lose a call (lost rather than sent twice): one per document then.
  const liveByTab = new Map<number, Set<string>>();
  const requests = world.sent.flatMap((sent, index) =>
    sent.message.type === 'outgoingCall' || sent.message.type === 'incomingCall'
      ? [{ id: sent.message.payload.externalCallId, index, sent }]
      : [],
  );
  /** A request of an earlier page of the same tab was never answered when this call asked. */
  const behindLostAnswer = (id: string): boolean => {
    const request = requests.find((entry) => entry.id === id);
    if (request === undefined) return false;
    return requests.some(
      (earlier) =>
        earlier.index < request.index &&
        earlier.sent.tab === request.sent.tab &&
        earlier.sent.document !== request.sent.document &&
        !host.answered.has(earlier.id),
    );
  };
  const finished = new Set<string>();
  const ended = new Set<string>();
  world.sent.forEach((sent, index) => {
    const id = callIdOf(sent);
    // A recalled call (checked above) is HubSpot's call in progress, not one started here.
    if (id === null || !started.includes(id)) return;
    // Nothing more about a call once it is complete.
    expect(finished.has(id), `${sent.message.type} for ${id} after callCompleted`).toBe(false);
    for (const calls of liveByTab.values()) calls.delete(id);
    const where = options.complete ? sent.tab : -sent.document;
    const live = liveByTab.get(where) ?? new Set<string>();
    liveByTab.set(where, live);
    live.add(id);
    switch (sent.message.type) {
      case 'outgoingCall':
      case 'incomingCall':
        // At most one live call at a time.
        expect(live.size).toBe(1);
        break;
      case 'callEnded':
        expect(ended.has(id)).toBe(false);
        ended.add(id);
        expectOwnEngagement(id, sent.message.payload.engagementId);
        break;
      case 'callCompleted': {
        expect(ended.has(id)).toBe(true);
        expectOwnEngagement(id, sent.message.payload.engagementId);
        finished.add(id);
        live.delete(id);
        // An engagement id HubSpot gave before the completion is carried, unless an answer
        // lost with a reloaded page held the call's place in the queue: the widget cannot
        // tell a lost answer from a late one, so it gives the id to no call rather than risk
        // the wrong one (`call/engagement-answers.ts`).
        const answer = host.answered.get(id);
        if (
          answer !== undefined &&
          answer.engagementId !== null &&
          answer.atMessage < index &&
          !behindLostAnswer(id)
        ) {
          expect(sent.message.payload.engagementId).toBe(answer.engagementId);
        }
        break;
      }
      default:
        break;
    }
  });
  // Every call HubSpot was told about ended once and was completed once.
  if (options.complete) expect([...finished].sort()).toEqual([...started].sort());
}

/**
 * Calls the widget finished on the engagement HubSpot's handshake named, having lost them
 * in a reload: each is ended then completed, once, on the engagement of a call HubSpot
 * heard of; and every engagement is completed once at most, by its own call or a recall.
 */
function checkRecalledCalls(
  world: Pick<WidgetWorld, 'sent' | 'engagements'>,
  started: ReadonlySet<string>,
) {
  const engagementOwners = new Map(
    [...world.engagements].flatMap(([call, engagementId]) =>
      engagementId === null ? [] : [[engagementId, call] as const],
    ),
  );
  const completedEngagements: number[] = [];
  const ownCompletion = new Set<string>();
  const recalledFor = new Map<string, string>();
  const said = new Map<string, string[]>();
  for (const sent of world.sent) {
    const id = callIdOf(sent);
    if (id === null) continue;
    const { message } = sent;
    if (message.type === 'callCompleted') {
      if (message.payload.engagementId !== undefined) {
        completedEngagements.push(message.payload.engagementId);
      }
      if (started.has(id)) ownCompletion.add(id);
    }
    if (started.has(id)) continue;
    said.set(id, [...(said.get(id) ?? []), message.type]);
    if (message.type !== 'callEnded' && message.type !== 'callCompleted') continue;
    const engagementId = message.payload.engagementId;
    expect(engagementId, `${id}: a recalled call without its engagement`).toBeDefined();
    const owner = engagementOwners.get(engagementId as EngagementId);
    expect(owner, `${id}: engagement ${engagementId} is no call's`).toBeDefined();
    recalledFor.set(id, owner as string);
  }
  for (const [id, types] of said) expect(types, id).toEqual(['callEnded', 'callCompleted']);
  // An engagement is completed once, whoever completes it.
  expect(new Set(completedEngagements).size).toBe(completedEngagements.length);
  for (const [id, owner] of recalledFor) {
    expect(ownCompletion.has(owner), `${id} recalled ${owner}, which completed itself`).toBe(false);
  }
}

let kit: Parameters<typeof widgetWorld>[0];
let firstCallKit: Parameters<typeof widgetWorld>[1];
let lookupKit: Parameters<typeof widgetWorld>[2];

beforeAll(async () => {
  kit = await import('../../src/handoff/kit');
  firstCallKit = await import('../../src/widget/first-call-kit');
  lookupKit = await import('../../src/lookup/lookup-kit');
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterAll(() => {
  vi.useRealTimers();
});

describe('the whole widget over random sessions', () => {
  it('tells HubSpot a consistent story: each call ended and completed once, one live call at a time, an engagement id carried by its own call only, nothing after the end', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(actionArb, { maxLength: 60, size: 'medium' }), async (actions) => {
        const world = widgetWorld(kit, firstCallKit, lookupKit);
        const host = hubSpot(world);
        await world.settle();
        for (const action of actions) {
          await act(world, host, action);
          checkState(world, host);
        }
        await finishEverything(world);
        checkState(world, host);
        checkConversation(world, host);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});

/** What a frame of several may do besides what one widget does: go away, and come back. */
type FrameAction = Action | { kind: 'crash' } | { kind: 'close' } | { kind: 'reopen' };

const frameActionArb = (frames: number) =>
  fc.record({
    frame: fc.integer({ min: 0, max: frames - 1 }),
    action: fc.oneof(
      { weight: 20, arbitrary: actionArb as fc.Arbitrary<FrameAction> },
      fc.constant<FrameAction>({ kind: 'crash' }),
      fc.constant<FrameAction>({ kind: 'close' }),
      { weight: 2, arbitrary: fc.constant<FrameAction>({ kind: 'reopen' }) },
    ),
  });

/**
 * HubSpot tabs, the calling window and the remote frame on one storage: each frame talks
 * to its own HubSpot conversation, and any of them may reload, crash or close.
 */
function severalFrames(world: WidgetFrames) {
  const views = world.frames.map((frame) => frameWorld(world, frame));
  const hosts = views.map((view) => hubSpot(view, () => world.sent.length));
  const owners = new Map<string, number>();
  let checked = 0;
  return {
    views,
    hosts,
    /** Everything HubSpot heard, from every frame, as one conversation. */
    host: {
      started: () =>
        world.sent.flatMap((s) =>
          s.message.type === 'outgoingCall' || s.message.type === 'incomingCall'
            ? [s.message.payload.externalCallId]
            : [],
        ),
      completed: () =>
        new Set(
          world.sent.flatMap((s) => (s.message.type === 'callCompleted' ? [callIdOf(s)] : [])),
        ),
    },
    /**
     * A call has one owner at a time: a document speaks of a call another document spoke
     * of only once that one has gone away (reloaded, crashed, closed).
     */
    checkOwners() {
      for (const sent of world.sent.slice(checked)) {
        const id = callIdOf(sent);
        if (id === null) continue;
        const before = owners.get(id);
        if (before !== undefined && before !== sent.document) {
          expect(
            world.gone.has(before),
            `${id}: document ${sent.document} spoke while ${before} owned it`,
          ).toBe(true);
        }
        owners.set(id, sent.document);
      }
      checked = world.sent.length;
    },
    /** No call is live in two frames, and none HubSpot heard completed is live anywhere. */
    checkStates() {
      const completed = this.host.completed();
      const live = world.frames.flatMap((frame) => {
        if (frame.closed) return [];
        const call = liveCallOf(frame.state().call.phase);
        return call === null ? [] : [call.id];
      });
      expect(new Set(live).size, `live in two frames: ${live.join(', ')}`).toBe(live.length);
      for (const id of live) expect(completed.has(id), `${id} came back`).toBe(false);
    },
  };
}

async function actInFrame(
  world: WidgetFrames,
  several: ReturnType<typeof severalFrames>,
  { frame: index, action }: { frame: number; action: FrameAction },
) {
  const frame = world.frames[index];
  const view = several.views[index];
  const host = several.hosts[index];
  if (frame === undefined || view === undefined || host === undefined) return;
  switch (action.kind) {
    case 'crash':
      if (!frame.closed) frame.reload(true, true);
      break;
    case 'close':
      frame.close();
      break;
    case 'reopen':
      frame.reopen();
      break;
    default:
      if (!frame.closed) await act(view, host, action);
      return;
  }
  await world.settle();
}

/**
 * The agent finishes what is open in every frame; a call left by a frame that closed is
 * taken up by the next widget that loads, after the grace its own reload had.
 */
async function finishEveryFrame(world: WidgetFrames, several: ReturnType<typeof severalFrames>) {
  // Each widget that loads takes up one orphan at most: enough rounds for every call.
  const rounds = several.host.started().length + world.frames.length;
  for (let round = 0; round <= rounds; round += 1) {
    for (const [index, frame] of world.frames.entries()) {
      const view = several.views[index];
      if (frame.closed || view === undefined) continue;
      await finishEverything(view);
      // A dial left waiting is a call of this frame's own: it takes up no orphan until gone.
      if (frame.state().call.waitingDial !== null) view.widget.controller.dismissWaitingDial();
      await world.settle();
    }
    const completed = several.host.completed();
    if (several.host.started().every((id) => completed.has(id))) return;
    const closed = world.frames.find((frame) => frame.closed);
    if (closed === undefined) world.frames[round % world.frames.length]?.reload();
    else closed.reopen();
    await world.settle();
    world.advance(resumeGraceMs + 1);
    await world.settle();
    await world.settle();
  }
}

describe('the whole widget, several frames on one storage and storage that fails', () => {
  it('tells HubSpot each call once from one owner at a time, across tabs, the calling window and the remote frame, reloads, crashes and closed tabs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 2, max: 3 })
          .chain((frames) =>
            fc.tuple(
              fc.constant(frames),
              fc.array(frameActionArb(frames), { maxLength: 80, size: 'medium' }),
            ),
          ),
        async ([frames, actions]) => {
          const world = widgetFrames(kit, firstCallKit, lookupKit, { frames });
          const several = severalFrames(world);
          await world.settle();
          for (const action of actions) {
            await actInFrame(world, several, action);
            several.checkOwners();
            several.checkStates();
          }
          await finishEveryFrame(world, several);
          several.checkOwners();
          several.checkStates();
          const answered = new Map(several.hosts.flatMap((host) => [...host.answered]));
          checkConversation(world, { started: several.host.started, answered });
        },
      ),
      { numRuns: 100 },
    );
  }, 180_000);

  it('never tells HubSpot anything twice nor brings back a finished call, whichever write the storage refuses first (lost rather than sent twice)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 80 }),
        fc.boolean(),
        fc.array(actionArb, { maxLength: 60, size: 'medium' }),
        async (writesBeforeRefusal, erasable, actions) => {
          const world = widgetWorld(kit, firstCallKit, lookupKit, {
            writesBeforeRefusal,
            erasable,
            answersLostOnReload: true,
          });
          const host = hubSpot(world);
          await world.settle();
          for (const action of actions) {
            await act(world, host, action);
            checkState(world, host);
          }
          await finishEverything(world);
          checkState(world, host);
          checkConversation(world, host, { complete: false });
        },
      ),
      { numRuns: 100 },
    );
  }, 180_000);

  it('with storage refused, lets the agent finish a call lost in a reload on the engagement HubSpot names: each engagement completed once, never another call’s', async () => {
    let recalled = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(actionArb, { maxLength: 60, size: 'medium' }), async (actions) => {
        const world = widgetWorld(kit, firstCallKit, lookupKit, {
          storageRefused: true,
          answersLostOnReload: true,
          handshakeNamesCall: true,
        });
        const host = hubSpot(world);
        await world.settle();
        for (const action of actions) {
          await act(world, host, action);
          checkState(world, host);
          if (world.state().call.phase.status === 'recalled') recalled += 1;
        }
        await finishEverything(world);
        // One more reload: a call HubSpot still shows in progress is offered, and finished.
        world.reload();
        await world.settle();
        await finishEverything(world);
        checkState(world, host);
        checkConversation(world, host, { complete: false });
        const left = world.callInProgress();
        if (left !== null) expect(world.engagements.get(left) ?? null).toBeNull();
      }),
      { numRuns: 100 },
    );
    // The path is taken, not only allowed.
    expect(recalled).toBeGreaterThan(0);
  }, 180_000);

  it('never tells HubSpot anything twice from several frames on a storage that fails', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 80 }),
        fc.boolean(),
        fc.array(frameActionArb(2), { maxLength: 80, size: 'medium' }),
        async (writesBeforeRefusal, erasable, actions) => {
          const world = widgetFrames(kit, firstCallKit, lookupKit, {
            frames: 2,
            writesBeforeRefusal,
            erasable,
            answersLostOnReload: true,
          });
          const several = severalFrames(world);
          await world.settle();
          for (const action of actions) {
            await actInFrame(world, several, action);
            several.checkOwners();
            several.checkStates();
          }
          await finishEveryFrame(world, several);
          several.checkOwners();
          const answered = new Map(several.hosts.flatMap((host) => [...host.answered]));
          checkConversation(
            world,
            { started: several.host.started, answered },
            { complete: !world.refused() },
          );
        },
      ),
      { numRuns: 100 },
    );
  }, 180_000);
});
