import { describe, expect, it } from 'vitest';
import {
  engagementDelayMs,
  engagementInProgress,
  frameOf,
  type HostEffect,
  type HostEvent,
  type HostSession,
  hostTransition,
  initialHostSession,
} from '../../src/simulator/host-session';

const firstEngagementId = 172048000;

/** Runs events in order, collecting every effect, as the simulator's hook does. */
function run(
  events: HostEvent[],
  start: HostSession = initialHostSession(firstEngagementId, 'contact-us'),
) {
  let session = start;
  const effects: HostEffect[] = [];
  for (const event of events) {
    const next = hostTransition(session, event);
    session = next.session;
    effects.push(...next.effects);
  }
  return { session, effects };
}

const connected: HostEvent = { type: 'connectionChanged', connection: 'connected' };
const fromWidget = (type: string, data?: unknown): HostEvent => ({
  type: 'widgetMessage',
  message: { type, data },
  at: 1767225600000,
});
const outgoing = (createEngagement: boolean) =>
  fromWidget('OUTGOING_CALL_STARTED', {
    externalCallId: 'call-1',
    toNumber: '+14107934326',
    fromNumber: '+13239991234',
    callStartTime: 1767225600000,
    createEngagement,
  });
const sent = (effects: HostEffect[]) =>
  effects.flatMap((effect) => (effect.kind === 'send' ? [effect] : []));

describe('hostTransition: engagements', () => {
  it('creates the engagement at once by default', () => {
    const { effects, session } = run([connected, outgoing(true)]);
    expect(sent(effects)).toEqual([
      {
        kind: 'send',
        message: { type: 'CREATE_ENGAGEMENT_SUCCEEDED', data: { engagementId: firstEngagementId } },
        delayMs: 0,
        frame: 'widget',
      },
    ]);
    expect(frameOf(session, 'widget')?.call?.engagementId).toBe(String(firstEngagementId));
  });

  it('gives every engagement a fresh id', () => {
    const { effects } = run([connected, outgoing(true), outgoing(true)]);
    const ids = sent(effects).map((effect) =>
      effect.message.type === 'CREATE_ENGAGEMENT_SUCCEEDED'
        ? effect.message.data.engagementId
        : null,
    );
    expect(ids).toEqual([firstEngagementId, firstEngagementId + 1]);
  });

  it('creates it after 3 s when asked to', () => {
    const { effects } = run([
      connected,
      { type: 'engagementModeChosen', mode: 'after-3s' },
      outgoing(true),
    ]);
    expect(sent(effects)).toMatchObject([
      { message: { type: 'CREATE_ENGAGEMENT_SUCCEEDED' }, delayMs: engagementDelayMs },
    ]);
  });

  it('fails to create it when asked to', () => {
    const { effects, session } = run([
      connected,
      { type: 'engagementModeChosen', mode: 'failed' },
      outgoing(true),
    ]);
    expect(sent(effects)).toMatchObject([
      {
        message: {
          type: 'CREATE_ENGAGEMENT_FAILED',
          data: { error: { message: expect.any(String) } },
        },
      },
    ]);
    expect(session.createdEngagementIds).toEqual([]);
  });

  it('creates nothing when the widget does not ask for it', () => {
    expect(sent(run([connected, outgoing(false)]).effects)).toEqual([]);
  });

  it('answers an inbound call the same way', () => {
    const { effects, session } = run([
      connected,
      fromWidget('INCOMING_CALL', {
        externalCallId: 'call-in',
        fromNumber: '+84988888888',
        toNumber: '+13239991234',
        createEngagement: true,
      }),
    ]);
    expect(sent(effects)).toMatchObject([{ message: { type: 'CREATE_ENGAGEMENT_SUCCEEDED' } }]);
    expect(frameOf(session, 'widget')?.call).toMatchObject({
      direction: 'INBOUND',
      number: '+84988888888',
    });
  });
});

describe('hostTransition: dialling', () => {
  it('sends DIAL_NUMBER for the clicked phone property', () => {
    const { effects } = run([
      connected,
      { type: 'dialClicked', recordKey: 'contact-vn', phoneName: 'mobilephone', at: 1767225600000 },
    ]);
    expect(sent(effects)).toMatchObject([
      {
        message: {
          type: 'DIAL_NUMBER',
          data: {
            phoneNumber: '+84 988 888 888',
            countryCode: 'VN',
            startTimestamp: 1767225600000,
          },
        },
        delayMs: 0,
      },
    ]);
  });

  it('does not dial before the handshake, and says why', () => {
    const { effects, session } = run([
      { type: 'dialClicked', recordKey: 'contact-us', phoneName: 'phone', at: 1 },
    ]);
    expect(effects).toEqual([]);
    expect(session.alerts).toHaveLength(1);
  });

  it('shows a hidden widget again before dialling', () => {
    const { effects } = run([
      connected,
      { type: 'visibilityChosen', visibility: { isHidden: true, isMinimized: false } },
      { type: 'dialClicked', recordKey: 'contact-us', phoneName: 'phone', at: 1 },
    ]);
    expect(sent(effects).map((effect) => effect.message)).toMatchObject([
      { type: 'VISIBILITY_CHANGED', data: { isHidden: true, isMinimized: false } },
      { type: 'VISIBILITY_CHANGED', data: { isHidden: false, isMinimized: false } },
      { type: 'DIAL_NUMBER' },
    ]);
  });
});

describe('hostTransition: the rest of the protocol', () => {
  it('sends END_CALL, without data, when the user ends the call in HubSpot', () => {
    expect(sent(run([connected, { type: 'endCallClicked' }]).effects)).toEqual([
      { kind: 'send', message: { type: 'END_CALL' }, delayMs: 0, frame: 'widget' },
    ]);
  });

  it('logs a completed call on the timeline, attached to the engagement it created', () => {
    const { effects } = run([
      connected,
      outgoing(true),
      fromWidget('CALL_COMPLETED', {
        externalCallId: 'call-1',
        engagementId: firstEngagementId,
        hideWidget: false,
        engagementProperties: { hs_call_status: 'COMPLETED' },
      }),
    ]);
    const logged = effects.flatMap((effect) => (effect.kind === 'logCall' ? [effect.entry] : []));
    expect(logged).toMatchObject([{ engagementId: String(firstEngagementId), problem: null }]);
  });

  it('names the engagement of the call in progress, for the handshake of a reload, until it is completed', () => {
    const started = run([connected, outgoing(true)]);
    expect(engagementInProgress(started.session, 'widget')).toBe(firstEngagementId);
    const ended = run(
      [fromWidget('CALL_ENDED', { externalCallId: 'call-1', callEndStatus: 'COMPLETED' })],
      started.session,
    );
    expect(engagementInProgress(ended.session, 'widget')).toBe(firstEngagementId);
    const completed = run(
      [
        fromWidget('CALL_COMPLETED', {
          externalCallId: 'recalled-1',
          engagementId: firstEngagementId,
          hideWidget: false,
        }),
      ],
      ended.session,
    );
    expect(engagementInProgress(completed.session, 'widget')).toBeNull();
    expect(engagementInProgress(run([connected, outgoing(false)]).session, 'widget')).toBeNull();
  });

  it('hides the widget when the completed call asks for it', () => {
    const { effects, session } = run([
      connected,
      fromWidget('CALL_COMPLETED', { externalCallId: 'call-1', hideWidget: true }),
    ]);
    expect(frameOf(session, 'widget')?.visibility.isHidden).toBe(true);
    expect(sent(effects)).toMatchObject([
      { message: { type: 'VISIBILITY_CHANGED', data: { isHidden: true } } },
    ]);
  });

  it('shows the widget’s error message in an alert', () => {
    const { session } = run([
      connected,
      fromWidget('ERROR', { message: 'CareSoft token expired' }),
    ]);
    expect(session.alerts).toEqual([
      { id: 1, source: 'widget', message: 'CareSoft token expired' },
    ]);
  });

  it('shows the SDK’s own errors, which carry a type and no message', () => {
    const { session } = run([
      connected,
      fromWidget('ERROR', { type: 'UNKNOWN_MESSAGE_TYPE', data: {} }),
    ]);
    expect(session.alerts[0]?.message).toContain('UNKNOWN_MESSAGE_TYPE');
  });

  it('resizes the widget to the size it asks for', () => {
    expect(
      run([connected, fromWidget('RESIZE_WIDGET', { width: 360, height: 720 })]).effects,
    ).toEqual([{ kind: 'resize', width: 360, height: 720, frame: 'widget' }]);
  });

  it('opens a record the widget navigates to', () => {
    const { session, effects } = run([
      connected,
      fromWidget('NAVIGATE_TO_RECORD', {
        objectCoordinates: { portalId: 48213057, objectId: 9120455781, objectTypeId: '0-2' },
      }),
    ]);
    expect(session.selectedRecordKey).toBe('company-ch');
    expect(effects).toEqual([]);
  });

  it('answers NAVIGATE_TO_RECORD_FAILED for a record it does not have', () => {
    const { effects } = run([
      connected,
      fromWidget('NAVIGATE_TO_RECORD', { objectCoordinates: { objectId: 1, objectTypeId: '0-1' } }),
    ]);
    expect(sent(effects)).toMatchObject([{ message: { type: 'NAVIGATE_TO_RECORD_FAILED' } }]);
  });

  it('follows the agent’s state', () => {
    const { session } = run([
      connected,
      fromWidget('INITIALIZED', { isLoggedIn: false }),
      fromWidget('LOGGED_IN'),
      fromWidget('USER_AVAILABLE'),
    ]);
    expect(frameOf(session, 'widget')?.agent).toEqual({ isLoggedIn: true, isAvailable: true });
  });

  it('alerts once when the widget never answers SYNC', () => {
    const failed: HostEvent = { type: 'connectionChanged', connection: 'sync-failed' };
    expect(run([failed, failed]).session.alerts).toHaveLength(1);
  });

  it('sends nothing else to a widget that has not answered SYNC', () => {
    const { effects } = run([
      { type: 'endCallClicked' },
      { type: 'visibilityChosen', visibility: { isHidden: true, isMinimized: false } },
    ]);
    expect(sent(effects)).toEqual([]);
  });
});

describe('hostTransition: the widget’s size', () => {
  const sizeOf = (session: HostSession) => {
    const frame = frameOf(session, 'widget');
    return frame && { ...frame.size, sizedBy: frame.sizedBy };
  };

  it('starts at the registered size', () => {
    expect(sizeOf(run([connected]).session)).toEqual({
      width: 400,
      height: 600,
      sizedBy: 'settings',
    });
  });

  it('grows and shrinks to each size asked for, as HubSpot does', () => {
    const { session, effects } = run([
      connected,
      fromWidget('RESIZE_WIDGET', { width: 400, height: 700 }),
      fromWidget('RESIZE_WIDGET', { width: 400, height: 640 }),
    ]);
    expect(effects.map((effect) => effect.kind === 'resize' && effect.height)).toEqual([700, 640]);
    expect(sizeOf(session)).toEqual({ width: 400, height: 640, sizedBy: 'RESIZE_WIDGET' });
  });

  it('keeps a dimension the widget leaves out or gives as nonsense', () => {
    const { session, effects } = run([
      connected,
      fromWidget('RESIZE_WIDGET', { height: 640 }),
      fromWidget('RESIZE_WIDGET', { width: -1, height: 0 }),
      fromWidget('RESIZE_WIDGET', { width: '500px', height: Number.NaN }),
    ]);
    expect(effects).toEqual([{ kind: 'resize', width: 400, height: 640, frame: 'widget' }]);
    expect(sizeOf(session)).toMatchObject({ width: 400, height: 640 });
  });

  it('takes the size INITIALIZED asks for in sizeInfo, as the SDK’s README offers', () => {
    const { session, effects } = run([
      connected,
      fromWidget('INITIALIZED', { isLoggedIn: true, sizeInfo: { width: 400, height: 650 } }),
    ]);
    expect(effects).toEqual([{ kind: 'resize', width: 400, height: 650, frame: 'widget' }]);
    expect(sizeOf(session)).toEqual({ width: 400, height: 650, sizedBy: 'INITIALIZED' });
    expect(frameOf(session, 'widget')?.agent.isLoggedIn).toBe(true);
  });

  it('starts at the size it is given (the LocalSettings width and height)', () => {
    const start = initialHostSession(firstEngagementId, 'contact-us', {
      size: { width: 360, height: 640 },
    });
    expect(sizeOf(start)).toEqual({ width: 360, height: 640, sizedBy: 'settings' });
  });
});

describe('hostTransition: the navigation bar and the calling window', () => {
  const pair = () =>
    initialHostSession(firstEngagementId, 'contact-us', { layout: 'calling-window' });
  const connectedIn = (frame: 'remote' | 'window'): HostEvent => ({
    type: 'connectionChanged',
    connection: 'connected',
    frame,
  });
  const from = (frame: 'remote' | 'window', type: string, data?: unknown): HostEvent => ({
    type: 'widgetMessage',
    message: { type, data },
    at: 1767225600000,
    frame,
  });
  const dialEmily: HostEvent = {
    type: 'dialClicked',
    recordKey: 'contact-us',
    phoneName: 'phone',
    at: 1767225600000,
  };

  it('has both frames, the calling window first', () => {
    expect(pair().frames.map((frame) => frame.name)).toEqual(['window', 'remote']);
  });

  it('dials in the calling window, never in the navigation bar', () => {
    const { effects } = run([connectedIn('remote'), connectedIn('window'), dialEmily], pair());
    expect(sent(effects)).toMatchObject([{ message: { type: 'DIAL_NUMBER' }, frame: 'window' }]);
  });

  it('waits for the calling window’s handshake, whatever the navigation bar’s', () => {
    const { effects, session } = run([connectedIn('remote'), dialEmily], pair());
    expect(effects).toEqual([]);
    expect(session.alerts.map((alert) => alert.message)).toEqual([
      'The widget in the calling window has not finished its handshake: HubSpot cannot dial yet.',
    ]);
  });

  it('answers an inbound call logged in the navigation bar there, and logs it', () => {
    const { effects, session } = run(
      [
        connectedIn('remote'),
        connectedIn('window'),
        from('remote', 'INCOMING_CALL', {
          externalCallId: 'in-1',
          fromNumber: '+33123456789',
          createEngagement: true,
        }),
        from('remote', 'CALL_COMPLETED', {
          externalCallId: 'in-1',
          engagementId: firstEngagementId,
          engagementProperties: { hs_call_direction: 'INBOUND' },
        }),
      ],
      pair(),
    );
    expect(sent(effects)).toMatchObject([
      { message: { type: 'CREATE_ENGAGEMENT_SUCCEEDED' }, frame: 'remote' },
    ]);
    const logged = effects.flatMap((effect) => (effect.kind === 'logCall' ? [effect.entry] : []));
    expect(logged).toMatchObject([{ externalCallId: 'in-1', problem: null }]);
    expect(frameOf(session, 'remote')?.call).toBeNull();
  });

  it('keeps each frame’s call apart and never gives two calls one engagement id', () => {
    const { effects, session } = run(
      [
        connectedIn('remote'),
        connectedIn('window'),
        from('remote', 'INCOMING_CALL', { externalCallId: 'in-1', createEngagement: true }),
        from('window', 'OUTGOING_CALL_STARTED', {
          externalCallId: 'out-1',
          createEngagement: true,
        }),
      ],
      pair(),
    );
    const ids = sent(effects).map((effect) => JSON.stringify(effect.message));
    expect(new Set(ids).size).toBe(2);
    expect(frameOf(session, 'remote')?.call?.externalCallId).toBe('in-1');
    expect(frameOf(session, 'window')?.call?.externalCallId).toBe('out-1');
  });

  it('ends, resizes and reloads the frame it is asked to, alone', () => {
    const { effects } = run(
      [
        connectedIn('remote'),
        connectedIn('window'),
        { type: 'endCallClicked', frame: 'remote' },
        from('remote', 'RESIZE_WIDGET', { width: 400, height: 300 }),
        { type: 'widgetReloadClicked', frame: 'window' },
      ],
      pair(),
    );
    expect(effects).toEqual([
      { kind: 'send', message: { type: 'END_CALL' }, delayMs: 0, frame: 'remote' },
      { kind: 'resize', width: 400, height: 300, frame: 'remote' },
      { kind: 'reloadWidget', frame: 'window' },
    ]);
  });
});
