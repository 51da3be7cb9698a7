import { describe, expect, it } from 'vitest';
import {
  engagementDelayMs,
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
      },
    ]);
    expect(session.call?.engagementId).toBe(String(firstEngagementId));
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
    expect(session.call).toMatchObject({ direction: 'INBOUND', number: '+84988888888' });
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
      { kind: 'send', message: { type: 'END_CALL' }, delayMs: 0 },
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

  it('hides the widget when the completed call asks for it', () => {
    const { effects, session } = run([
      connected,
      fromWidget('CALL_COMPLETED', { externalCallId: 'call-1', hideWidget: true }),
    ]);
    expect(session.visibility.isHidden).toBe(true);
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
    ).toEqual([{ kind: 'resize', width: 360, height: 720 }]);
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
    expect(session.agent).toEqual({ isLoggedIn: true, isAvailable: true });
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
