import { describe, expect, it, vi } from 'vitest';
import { toEngagementId } from '../../src/call/ids';
import { dispositionIds } from '../../src/hubspot/engagement';
import { setLanguage } from '../../src/i18n/i18n';
import { type KeyValueStorage, memoryStorage } from '../../src/journal/key-value-storage';
import {
  defaultCareSoft,
  defaultSettings,
  serializeSettings,
  settingsKey,
} from '../../src/settings/settings';
import { contactDial, hostContext, testWidget } from '../support/test-widget';
import { wordedNotices } from '../support/worded-notices';

const startAt = 1_760_000_000_000;

/** A widget HubSpot has loaded and greeted, with the messages of the greeting cleared. */
function readyWidget(options: Parameters<typeof testWidget>[0] = {}) {
  const widget = testWidget({ startAt, ...options });
  widget.ready();
  widget.sent.length = 0;
  return widget;
}

const outgoingCall = {
  type: 'outgoingCall',
  payload: {
    externalCallId: 'call-1',
    toNumber: '+14107934326',
    callStartTime: startAt,
    createEngagement: true,
    dialingContext: contactDial,
  },
};

describe('createWidget: the handshake', () => {
  it('waits for HubSpot before anything else', () => {
    const widget = testWidget({ startAt });
    expect(widget.state().host).toEqual({ status: 'connecting' });
    expect(widget.sent).toEqual([]);
  });

  it('answers onReady with initialized, logged in, and the availability the switch shows', () => {
    const widget = testWidget({ startAt });
    widget.ready();
    expect(widget.sent).toStrictEqual([
      { type: 'initialized', payload: { isLoggedIn: true } },
      { type: 'userAvailable' },
    ]);
  });

  it('tells HubSpot the agent is away when they switched it off before the handshake', () => {
    const widget = testWidget({ startAt });
    widget.controller.setAvailable(false);
    expect(widget.sent).toEqual([]);
    widget.ready();
    expect(widget.sentTypes()).toEqual(['initialized', 'userUnavailable']);
  });

  it('keeps where HubSpot placed it', () => {
    const widget = testWidget({ startAt });
    widget.ready();
    expect(widget.state().host).toEqual({
      status: 'ready',
      context: hostContext,
      hidden: false,
    });
  });

  it('leaves the deep-link kit alone when HubSpot is ready: its first dial comes right after, and loading the kit then would hold it up', () => {
    let loads = 0;
    const widget = testWidget({
      startAt,
      loadKit: () => {
        loads += 1;
        return import('../../src/handoff/kit');
      },
    });
    widget.ready();
    expect(widget.sentTypes()).toEqual(['initialized', 'userAvailable']);
    expect(loads).toBe(0);
  });

  it('notes when HubSpot hides or shows the widget', () => {
    const widget = readyWidget();
    widget.widget.receive({ type: 'visibilityChanged', hidden: true });
    expect(widget.state().host).toMatchObject({ hidden: true });
    widget.widget.receive({ type: 'visibilityChanged', hidden: false });
    expect(widget.state().host).toMatchObject({ hidden: false });
  });
});

describe('createWidget: an outbound call', () => {
  it('sends outgoingCall as soon as HubSpot dials a readable number', async () => {
    const widget = readyWidget();
    await widget.dial();
    expect(widget.sent).toStrictEqual([outgoingCall]);
    expect(widget.phase().status).toBe('handedOff');
  });

  it('sends the exact sequence for a call that connected, then logs it', async () => {
    const widget = readyWidget();
    await widget.dial();
    widget.advance(10_000);
    widget.controller.answer();
    widget.advance(65_000);
    widget.controller.hangUp();
    widget.controller.editNotes('Wants a demo <Tuesday>');
    widget.controller.save();

    expect(widget.sent).toStrictEqual([
      outgoingCall,
      { type: 'callAnswered', payload: { externalCallId: 'call-1' } },
      {
        type: 'callEnded',
        payload: { externalCallId: 'call-1', engagementId: 5001, callEndStatus: 'COMPLETED' },
      },
      {
        type: 'callCompleted',
        payload: {
          externalCallId: 'call-1',
          engagementId: 5001,
          hideWidget: false,
          engagementProperties: {
            hs_timestamp: String(startAt),
            hs_call_title: 'Call to +1 410 793 4326',
            hs_call_body: 'Wants a demo &lt;Tuesday&gt;',
            hs_call_status: 'COMPLETED',
            hs_call_disposition: dispositionIds.connected,
            hs_call_duration: '65000',
            hs_call_direction: 'OUTBOUND',
            hs_call_to_number: '+14107934326',
            hs_call_callee_object_id: '101',
            hs_call_callee_object_type: 'CONTACT',
            hubspot_owner_id: '7001',
          },
        },
      },
    ]);
  });

  it("logs the call as the agent's: hubspot_owner_id is the handshake's ownerId", async () => {
    const widget = testWidget({ startAt });
    widget.widget.receive({
      type: 'ready',
      context: { ...hostContext, ownerId: 424 },
      greeted: null,
    });
    await widget.dial({ ...contactDial, ownerId: 999 });
    widget.controller.noAnswer();
    widget.controller.save();
    expect(widget.sent.at(-1)).toMatchObject({
      type: 'callCompleted',
      payload: { engagementProperties: { hubspot_owner_id: '424' } },
    });
  });

  it("takes the dial's ownerId when the handshake named no owner", async () => {
    const widget = testWidget({ startAt });
    widget.widget.receive({
      type: 'ready',
      context: { ...hostContext, ownerId: null },
      greeted: null,
    });
    await widget.dial({ ...contactDial, ownerId: '999' });
    widget.controller.noAnswer();
    widget.controller.save();
    expect(widget.sent.at(-1)).toMatchObject({
      type: 'callCompleted',
      payload: { engagementProperties: { hubspot_owner_id: '999' } },
    });
  });

  it('is ready for the next call once the call is saved', async () => {
    const widget = readyWidget();
    await widget.dial();
    widget.controller.answer();
    widget.controller.hangUp();
    widget.controller.save();
    expect(widget.phase()).toMatchObject({ status: 'idle', lastCall: { id: 'call-1' } });
  });

  it('carries the engagement id HubSpot created into callEnded and callCompleted', async () => {
    // HubSpot answers once, with the id the test gives.
    const widget = readyWidget({ hubspotCreatesEngagements: false });
    await widget.dial();
    widget.widget.receive({ type: 'engagementCreated', engagementId: toEngagementId(5555) });
    widget.controller.answer();
    widget.controller.hangUp();
    widget.controller.save();
    expect(widget.sent.slice(2)).toMatchObject([
      { type: 'callEnded', payload: { engagementId: 5555 } },
      { type: 'callCompleted', payload: { engagementId: 5555 } },
    ]);
  });

  it('carries an engagement id that arrives during wrap-up into callCompleted', async () => {
    // HubSpot answers once, with the id the test gives.
    const widget = readyWidget({ hubspotCreatesEngagements: false });
    await widget.dial();
    widget.controller.noAnswer();
    widget.widget.receive({ type: 'engagementCreated', engagementId: toEngagementId(5555) });
    widget.controller.save();
    expect(widget.sent.at(-1)).toMatchObject({
      type: 'callCompleted',
      payload: { engagementId: 5555 },
    });
  });

  it('logs No answer with NO_ANSWER and its outcome', async () => {
    const widget = readyWidget();
    await widget.dial();
    widget.controller.noAnswer();
    widget.controller.save();
    expect(widget.sent.slice(1)).toMatchObject([
      { type: 'callEnded', payload: { callEndStatus: 'NO_ANSWER' } },
      {
        type: 'callCompleted',
        payload: {
          engagementProperties: {
            hs_call_disposition: dispositionIds.noAnswer,
            hs_call_duration: '0',
          },
        },
      },
    ]);
  });

  it('logs Busy with BUSY and its outcome', async () => {
    const widget = readyWidget();
    await widget.dial();
    widget.controller.busy();
    widget.controller.save();
    expect(widget.sent.slice(1)).toMatchObject([
      { type: 'callEnded', payload: { callEndStatus: 'BUSY' } },
      {
        type: 'callCompleted',
        payload: { engagementProperties: { hs_call_disposition: dispositionIds.busy } },
      },
    ]);
  });

  it('logs the outcome the agent chose in wrap-up', async () => {
    const widget = readyWidget();
    await widget.dial();
    widget.controller.answer();
    widget.controller.hangUp();
    widget.controller.chooseOutcome('leftVoicemail');
    widget.controller.save();
    expect(widget.sent.at(-1)).toMatchObject({
      payload: { engagementProperties: { hs_call_disposition: dispositionIds.leftVoicemail } },
    });
  });

  it('ends and completes a canceled call at once, so nothing stays half-logged', async () => {
    const widget = readyWidget();
    await widget.dial();
    widget.controller.cancel();
    expect(widget.sentTypes()).toEqual(['outgoingCall', 'callEnded', 'callCompleted']);
    expect(widget.sent[1]).toMatchObject({ payload: { callEndStatus: 'CANCELED' } });
    expect(widget.phase().status).toBe('idle');
  });

  it('ends a handed-off call when HubSpot asks, as CANCELED', async () => {
    const widget = readyWidget();
    await widget.dial();
    widget.widget.receive({ type: 'endCall' });
    expect(widget.sent.at(-1)).toStrictEqual({
      type: 'callEnded',
      payload: { externalCallId: 'call-1', engagementId: 5001, callEndStatus: 'CANCELED' },
    });
    expect(widget.phase().status).toBe('wrapUp');
  });

  it('ends a connected call when HubSpot asks, as COMPLETED', async () => {
    const widget = readyWidget();
    await widget.dial();
    widget.controller.answer();
    widget.widget.receive({ type: 'endCall' });
    expect(widget.sent.at(-1)).toMatchObject({
      type: 'callEnded',
      payload: { callEndStatus: 'COMPLETED' },
    });
  });

  it('keeps an engagement failure on the call, so the agent sees it', async () => {
    const widget = readyWidget({ hubspotCreatesEngagements: false });
    await widget.dial();
    widget.widget.receive({ type: 'engagementCreateFailed', reason: 'No access to calls.' });
    expect(widget.phase()).toMatchObject({
      call: { engagement: { status: 'failed', reason: 'No access to calls.' } },
    });
  });

  it('never starts a second call while one is live, and keeps the new dial waiting', async () => {
    const widget = readyWidget();
    await widget.dial();
    widget.advance(30_000);
    await widget.dial({ ...contactDial, phoneNumber: '+33 1 23 45 67 89' });
    expect(widget.sentTypes()).toEqual(['outgoingCall']);
    expect(widget.state().call.waitingDial).toMatchObject({
      id: 'call-2',
      number: { kind: 'valid', e164: '+33123456789' },
    });
  });

  it('asks HubSpot for more room when a screen needs it', () => {
    const widget = readyWidget();
    widget.controller.requestSize({ width: 400, height: 720 });
    expect(widget.sent).toStrictEqual([
      { type: 'resizeWidget', payload: { width: 400, height: 720 } },
    ]);
  });
});

describe('createWidget: a dial that cannot start', () => {
  it('tells HubSpot and the agent when the dial has no phone number', async () => {
    const widget = readyWidget();
    await widget.dial({ ...contactDial, phoneNumber: '' });
    const message = 'HubSpot asked for a call but sent no phone number.';
    // HubSpot's banner is worded once the catalogues have loaded.
    await vi.waitFor(() =>
      expect(widget.sent).toStrictEqual([{ type: 'sendError', payload: { message } }]),
    );
    expect(wordedNotices(widget.state().notices)).toMatchObject([{ tone: 'error', message }]);
    expect(widget.phase().status).toBe('idle');
  });

  it('tells HubSpot in the agent’s language', async () => {
    const widget = readyWidget();
    setLanguage('fr');
    try {
      await widget.dial({ ...contactDial, phoneNumber: '' });
      await vi.waitFor(() =>
        expect(widget.sent).toStrictEqual([
          {
            type: 'sendError',
            payload: {
              message: 'HubSpot a demandé un appel sans envoyer de numéro de téléphone.',
            },
          },
        ]),
      );
    } finally {
      setLanguage('en');
    }
  });

  it('words the error HubSpot hears only once the catalogues it is given come (the page holds them until the screens load)', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const widget = testWidget({
      startAt,
      loadCatalogues: () => held.then(() => import('../../src/i18n/i18n')),
    });
    widget.ready();
    await widget.dial({ ...contactDial, phoneNumber: '' });
    await widget.settle();
    expect(widget.sentTypes()).toEqual(['initialized', 'userAvailable']);
    release();
    await vi.waitFor(() =>
      expect(widget.sent.at(-1)).toEqual({
        type: 'sendError',
        payload: { message: 'HubSpot asked for a call but sent no phone number.' },
      }),
    );
  });

  it('tells the agent when the deep-link kit cannot load', async () => {
    const offline = () => Promise.reject(new Error('offline'));
    const widget = testWidget({ startAt, loadKit: offline, loadFirstCallKit: offline });
    await widget.dial();
    expect(wordedNotices(widget.state().notices)).toMatchObject([
      {
        tone: 'error',
        message: 'The call could not be prepared. Reload the widget and try again.',
      },
    ]);
    expect(widget.sent).toEqual([]);
  });

  it('hands off a number of a country the first-call kit knows without waiting for the deep-link kit', async () => {
    const widget = testWidget({ startAt, loadKit: () => new Promise(() => undefined) });
    widget.ready();
    widget.widget.receive({ type: 'dialNumber', payload: contactDial });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(widget.sentTypes()).toEqual(['initialized', 'userAvailable', 'outgoingCall']);
    expect(widget.phase()).toMatchObject({
      status: 'handedOff',
      call: { to: { e164: '+14107934326' } },
    });
  });

  it('asks the agent for the number when it cannot be read, and sends nothing', async () => {
    const widget = readyWidget();
    await widget.dial({ ...contactDial, phoneNumber: 'call me' });
    expect(widget.phase()).toMatchObject({
      status: 'numberNeeded',
      number: { kind: 'invalid', given: 'call me' },
    });
    expect(widget.sent).toEqual([]);
  });

  it('refuses a correction that is still not a number, and says why', async () => {
    const widget = readyWidget();
    await widget.dial({ ...contactDial, phoneNumber: 'call me' });
    const reason = await widget.controller.correctNumber('junk');
    expect(reason).toEqual({ code: 'number.problem.letters' });
    expect(widget.phase().status).toBe('numberNeeded');
    expect(widget.sent).toEqual([]);
  });

  it('reads a correction with the contact’s country', async () => {
    const widget = readyWidget();
    await widget.dial({ ...contactDial, phoneNumber: 'call me', countryCode: 'US' });
    expect(await widget.controller.correctNumber('410 793 4326')).toBeNull();
    expect(widget.sent).toMatchObject([
      { type: 'outgoingCall', payload: { toNumber: '+14107934326' } },
    ]);
  });

  it('hands off a valid correction, keeping the call id and the dial context', async () => {
    const widget = readyWidget();
    const payload = { ...contactDial, phoneNumber: 'call me' };
    await widget.dial(payload);
    widget.advance(20_000);
    expect(await widget.controller.correctNumber('+1 410 793 4326')).toBeNull();
    expect(widget.sent).toStrictEqual([
      {
        type: 'outgoingCall',
        payload: {
          externalCallId: 'call-1',
          toNumber: '+14107934326',
          callStartTime: startAt + 20_000,
          createEngagement: true,
          dialingContext: payload,
        },
      },
    ]);
  });
});

describe('createWidget: notices', () => {
  it('offers the notes of the last call to copy when HubSpot could not save them', async () => {
    const widget = readyWidget();
    await widget.dial();
    widget.controller.answer();
    widget.controller.hangUp();
    widget.controller.editNotes('Call back on Monday');
    widget.controller.save();
    widget.widget.receive({ type: 'engagementUpdateFailed', reason: 'Engagement locked.' });
    expect(wordedNotices(widget.state().notices)).toEqual([
      {
        id: expect.any(Number),
        tone: 'error',
        message:
          'HubSpot did not save the call details: Engagement locked. Copy your notes to keep them.',
        copyText: 'Call back on Monday',
      },
    ]);
  });

  it('offers nothing to copy when the call had no notes', async () => {
    const widget = readyWidget();
    await widget.dial();
    widget.controller.noAnswer();
    widget.controller.save();
    widget.widget.receive({ type: 'engagementUpdateFailed', reason: 'Engagement locked.' });
    expect(widget.state().notices[0]).not.toHaveProperty('copyText');
  });

  it('tells the agent once when the browser keeps no storage', () => {
    const widget = testWidget({ startAt, storageDurable: false });
    expect(wordedNotices(widget.state().notices)).toMatchObject([
      {
        tone: 'info',
        message:
          'This browser blocks storage here: settings and a call in progress last only until the widget reloads, so save each call before leaving the page.',
      },
    ]);
  });

  it('says nothing about storage when the browser keeps it', () => {
    expect(testWidget({ startAt }).state().notices).toEqual([]);
  });

  it('tells the agent when saved settings were damaged', () => {
    const storage = memoryStorage();
    storage.setItem(settingsKey, '{not json');
    expect(wordedNotices(testWidget({ startAt, storage }).state().notices)).toMatchObject([
      { tone: 'info', message: 'Saved settings were unreadable and were reset.' },
    ]);
  });

  it('tells the agent, one notice each, what was dropped from saved settings', () => {
    const storage = memoryStorage();
    storage.setItem(
      settingsKey,
      JSON.stringify({ callerIds: ['oops'], teammates: [{ name: 'x' }], textTemplates: [null] }),
    );
    expect(wordedNotices(testWidget({ startAt, storage }).state().notices)).toMatchObject([
      { tone: 'info', message: 'Some saved caller ids were not valid numbers and were removed.' },
      { tone: 'info', message: 'Some saved text templates were not valid and were removed.' },
      { tone: 'info', message: 'Some saved teammates were not valid and were removed.' },
    ]);
  });

  it('words a notice in the language the agent reads it in', () => {
    const widget = testWidget({ startAt, storageDurable: false });
    expect(wordedNotices(widget.state().notices, 'ja')).toMatchObject([
      {
        message:
          'このブラウザーではここでの保存がブロックされています。設定と通話中のコールはウィジェットを再読み込みするまでしか保持されません。ページを離れる前に各コールを保存してください。',
      },
    ]);
  });

  it('removes a notice the agent dismisses', () => {
    const widget = testWidget({ startAt, storageDurable: false });
    const [notice] = widget.state().notices;
    widget.controller.dismissNotice(notice?.id ?? -1);
    expect(widget.state().notices).toEqual([]);
  });
});

describe('createWidget: settings', () => {
  const settings = {
    ...defaultSettings,
    callerIds: ['+13239991234', '+13105550100'],
    lastCallerId: null,
    autoDial: false,
  };

  it('saves settings in storage under handoff.settings.v1', () => {
    const widget = readyWidget();
    widget.controller.saveSettings(settings);
    expect(JSON.parse(widget.storage.getItem(settingsKey) ?? 'null')).toEqual(settings);
  });

  it('reads the saved settings back in a new widget on the same storage', () => {
    const first = readyWidget();
    first.controller.saveSettings(settings);
    const second = testWidget({ startAt, storage: first.storage });
    expect(second.state().settings).toEqual(settings);
  });

  it('calls from the first caller id when the agent has some', async () => {
    const storage = memoryStorage();
    storage.setItem(settingsKey, serializeSettings(settings));
    const widget = readyWidget({ storage });
    await widget.dial();
    expect(widget.sent[0]).toMatchObject({
      type: 'outgoingCall',
      payload: { fromNumber: '+13239991234' },
    });
  });

  it('remembers the caller id chosen for a call as the last one', async () => {
    const storage = memoryStorage();
    storage.setItem(settingsKey, serializeSettings(settings));
    const widget = readyWidget({ storage });
    await widget.dial();
    widget.controller.chooseCallerId('+13105550100');
    expect(widget.state().settings.lastCallerId).toBe('+13105550100');
    expect(JSON.parse(storage.getItem(settingsKey) ?? 'null')).toMatchObject({
      lastCallerId: '+13105550100',
    });
  });

  it('starts the next session with the caller id chosen last', async () => {
    const storage = memoryStorage();
    storage.setItem(settingsKey, serializeSettings(settings));
    const first = readyWidget({ storage });
    first.controller.chooseCallerId('+13105550100');
    const second = readyWidget({ storage });
    await second.dial();
    expect(second.sent[0]).toMatchObject({ payload: { fromNumber: '+13105550100' } });
  });

  it('keeps working and tells the agent when storage refuses to save', () => {
    const refusing: KeyValueStorage = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const widget = readyWidget({ storage: refusing });
    widget.controller.saveSettings(settings);
    expect(widget.state().settings).toEqual(settings);
    expect(wordedNotices(widget.state().notices)).toContainEqual(
      expect.objectContaining({
        tone: 'info',
        message: 'Settings could not be saved in this browser; they last until reload.',
      }),
    );
  });
});

describe('createWidget: a reload of the iframe mid-call', () => {
  it('resumes the call without telling HubSpot it started again', async () => {
    const before = readyWidget();
    await before.dial();
    const after = testWidget({ startAt, storage: before.storage });
    after.ready();
    expect(after.sentTypes()).toEqual(['initialized', 'userAvailable']);
    expect(after.phase()).toMatchObject({ status: 'handedOff', call: { id: 'call-1' } });
  });

  it('finishes the resumed call under the same externalCallId', async () => {
    const before = readyWidget();
    await before.dial();
    const after = readyWidget({ storage: before.storage });
    after.controller.answer();
    after.controller.hangUp();
    after.controller.save();
    expect(after.sent).toMatchObject([
      { type: 'callAnswered', payload: { externalCallId: 'call-1' } },
      { type: 'callEnded', payload: { externalCallId: 'call-1' } },
      { type: 'callCompleted', payload: { externalCallId: 'call-1' } },
    ]);
  });
});

describe('createWidget: when HubSpot does not create the engagement', () => {
  it('tells HubSpot with sendError and still completes the call locally', async () => {
    const widget = readyWidget({ hubspotCreatesEngagements: false });
    await widget.dial();
    widget.widget.receive({ type: 'engagementCreateFailed', reason: 'No access to calls.' });
    await vi.waitFor(() =>
      expect(widget.sent.at(-1)).toMatchObject({
        type: 'sendError',
        // One sentence of what happened, HubSpot's own words after it: no "(….)."
        payload: {
          message:
            'The call could not be logged in HubSpot; its notes are kept in the calling widget. HubSpot said: No access to calls.',
        },
      }),
    );
    widget.controller.noAnswer();
    widget.controller.editNotes('Left no message');
    widget.controller.save();
    expect(widget.sentTypes().slice(-2)).toEqual(['callEnded', 'callCompleted']);
    expect(wordedNotices(widget.state().notices).at(-1)).toMatchObject({
      tone: 'error',
      message:
        'HubSpot could not create the call record, so this call is not on the timeline: copy your notes to keep them. HubSpot said: No access to calls.',
      copyText: 'Left no message',
    });
  });

  it('waits a bounded time for an id that never comes, then completes without it and says so', async () => {
    const widget = readyWidget({ hubspotCreatesEngagements: false, engagementWaitMs: 20 });
    await widget.dial();
    widget.controller.noAnswer();
    widget.controller.editNotes('Try again Friday');
    widget.controller.save();
    expect(widget.sentTypes()).not.toContain('callCompleted');
    expect(widget.phase()).toMatchObject({ status: 'wrapUp', savingSince: expect.any(Number) });
    await vi.waitFor(() => expect(widget.sentTypes()).toContain('callCompleted'));
    expect(widget.sent.at(-1)).not.toHaveProperty('payload.engagementId');
    expect(wordedNotices(widget.state().notices).at(-1)).toMatchObject({
      message: expect.stringContaining('did not confirm the call record in time'),
      copyText: 'Try again Friday',
    });
  });

  it('completes with the id when it arrives during the wait', async () => {
    const widget = readyWidget({ hubspotCreatesEngagements: false });
    await widget.dial();
    widget.controller.noAnswer();
    widget.controller.save();
    widget.widget.receive({ type: 'engagementCreated', engagementId: toEngagementId(777) });
    expect(widget.sent.at(-1)).toMatchObject({
      type: 'callCompleted',
      payload: { engagementId: 777 },
    });
    expect(widget.state().notices).toEqual([]);
  });

  it('resumes the wait after a reload in the middle of it', async () => {
    const storage = memoryStorage();
    const first = readyWidget({ storage, hubspotCreatesEngagements: false });
    await first.dial();
    first.controller.noAnswer();
    first.controller.save();
    const second = testWidget({ storage, hubspotCreatesEngagements: false, engagementWaitMs: 20 });
    second.ready();
    await vi.waitFor(() => expect(second.sentTypes()).toContain('callCompleted'));
    expect(second.sentTypes().filter((type) => type === 'callCompleted')).toHaveLength(1);
  });
});

describe('createWidget: CareSoft CsCall sign-in', () => {
  const token = ['{"alg":"HS256","typ":"JWT"}', '{"ipphone":"1001"}']
    .map((part) => Buffer.from(part).toString('base64url'))
    .concat(Buffer.alloc(32, 1).toString('base64url'))
    .join('.');
  const careSoft = { ...defaultCareSoft, domain: 'test', token };

  it('reports isLoggedIn false to HubSpot when the admin chose CareSoft and nobody logged in', () => {
    const widget = testWidget({ admin: { provider: 'careSoft' } });
    widget.ready();
    expect(widget.sent[0]).toEqual({ type: 'initialized', payload: { isLoggedIn: false } });
  });

  it('sends userLoggedIn once the agent confirms the login link, and userLoggedOut on Log out', () => {
    const widget = readyWidget({ admin: { provider: 'careSoft' } });
    widget.controller.saveSettings({ ...defaultSettings, careSoft });
    expect(widget.sentTypes()).toEqual([]);
    widget.controller.confirmCareSoftLogin();
    expect(widget.sentTypes()).toEqual(['userLoggedIn']);
    widget.controller.logOutOfCareSoft();
    expect(widget.sentTypes()).toEqual(['userLoggedIn', 'userLoggedOut']);
  });

  it('needs a new login after the token changes, and tells HubSpot the agent is signed out', () => {
    const widget = readyWidget({ admin: { provider: 'careSoft' } });
    widget.controller.saveSettings({ ...defaultSettings, careSoft });
    widget.controller.confirmCareSoftLogin();
    const { settings } = widget.state();
    widget.controller.saveSettings({
      ...settings,
      careSoft: { ...settings.careSoft, token: `${token}x` },
    });
    expect(widget.state().settings.careSoft.loggedIn).toBe(false);
    expect(widget.sentTypes()).toEqual(['userLoggedIn', 'userLoggedOut']);
  });

  it('keeps a login confirmed in Settings for the details saved with it, in one change', () => {
    const widget = readyWidget({ admin: { provider: 'careSoft' } });
    widget.controller.saveSettings(
      { ...defaultSettings, careSoft: { ...careSoft, loggedIn: true } },
      true,
    );
    expect(widget.state().settings.careSoft.loggedIn).toBe(true);
    expect(widget.sentTypes()).toEqual(['userLoggedIn']);
  });

  it('reports a remembered CsCall login as signed in after a reload', () => {
    const storage = memoryStorage();
    storage.setItem(
      settingsKey,
      serializeSettings({
        ...defaultSettings,
        provider: 'careSoft',
        careSoft: { ...careSoft, loggedIn: true },
      }),
    );
    const widget = testWidget({ storage });
    widget.ready();
    expect(widget.sent[0]).toEqual({ type: 'initialized', payload: { isLoggedIn: true } });
  });

  it('hands CsCall calls off without an OpenPhone caller id', async () => {
    const storage = memoryStorage();
    storage.setItem(
      settingsKey,
      serializeSettings({
        ...defaultSettings,
        provider: 'careSoft',
        // Signed in: a dial is refused before HubSpot hears of it otherwise.
        careSoft: { ...careSoft, loggedIn: true },
        callerIds: ['+13239991234'],
      }),
    );
    const widget = readyWidget({ storage });
    await widget.dial();
    const outgoing = widget.sent.find((message) => message.type === 'outgoingCall');
    expect(outgoing).toBeDefined();
    expect(JSON.stringify(outgoing)).not.toContain('fromNumber');
  });
});

describe('createWidget: one consistent state per event', () => {
  const settings = {
    ...defaultSettings,
    callerIds: ['+13239991234', '+13105550100'],
  };

  it('never shows new settings with the old caller id, even for a moment', () => {
    const widget = readyWidget();
    const seen: { callerIds: string[]; callerId: string | null }[] = [];
    widget.controller.store.subscribe(() => {
      const state = widget.state();
      seen.push({ callerIds: state.settings.callerIds, callerId: state.call.callerId });
    });
    widget.controller.saveSettings(settings);
    expect(seen).toEqual([{ callerIds: settings.callerIds, callerId: '+13239991234' }]);
  });

  it('tells the agent once when storage stops saving the call mid-session', async () => {
    let refuse = false;
    const base = memoryStorage();
    const storage: KeyValueStorage = {
      ...base,
      setItem: (key, value) => {
        if (refuse) throw new Error('QuotaExceededError');
        base.setItem(key, value);
      },
    };
    const widget = readyWidget({ storage });
    refuse = true;
    await widget.dial();
    widget.controller.answer();
    expect(wordedNotices(widget.state().notices)).toEqual([
      expect.objectContaining({
        tone: 'info',
        message: expect.stringContaining('in memory'),
      }),
    ]);
    expect(widget.sentTypes()).toEqual(['outgoingCall', 'callAnswered']);
  });
});
