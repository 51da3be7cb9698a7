import { describe, expect, it } from 'vitest';
import { toEngagementId } from '../../src/call/ids';
import { dispositionIds } from '../../src/hubspot/engagement';
import { memoryStorage } from '../../src/journal/key-value-storage';
import { contactDial, hostContext, testWidget } from '../support/test-widget';

// Storage refused (strict privacy settings): a reload mid-call keeps nothing, but HubSpot's
// handshake names the engagement of the call it still shows in progress.

const engagementId = toEngagementId(6123);
const reloadedMidCall = {
  type: 'ready',
  context: { ...hostContext, engagementId },
  greeted: null,
} as const;

function widgetWithoutStorage() {
  const widget = testWidget({ storageDurable: false });
  widget.widget.receive(reloadedMidCall);
  return widget;
}

describe('a call HubSpot names in its handshake, which the widget lost with storage refused', () => {
  it('offers to finish it, and hands its engagement back in initialized', () => {
    const widget = widgetWithoutStorage();
    expect(widget.phase()).toMatchObject({ status: 'recalled', engagementId: 6123 });
    expect(widget.sent[0]).toEqual({
      type: 'initialized',
      payload: { isLoggedIn: true, engagementId: 6123 },
    });
  });

  it('logs the outcome and notes on that engagement, ended then completed, under a new id', async () => {
    const widget = widgetWithoutStorage();
    widget.controller.chooseOutcome('leftVoicemail');
    widget.controller.editNotes('Call back <Friday>');
    widget.controller.finishRecalledCall();
    await widget.settle();
    const sent = widget.sent.filter((m) => m.type === 'callEnded' || m.type === 'callCompleted');
    expect(sent).toEqual([
      {
        type: 'callEnded',
        payload: { externalCallId: 'call-1', engagementId: 6123, callEndStatus: 'COMPLETED' },
      },
      {
        type: 'callCompleted',
        payload: {
          externalCallId: 'call-1',
          engagementId: 6123,
          hideWidget: false,
          // No duration, time, numbers or title: the widget no longer knows them.
          engagementProperties: {
            hs_call_body: 'Call back &lt;Friday&gt;',
            hs_call_status: 'COMPLETED',
            hs_call_disposition: dispositionIds.leftVoicemail,
            hubspot_owner_id: '7001',
          },
        },
      },
    ]);
    expect(widget.phase()).toEqual({ status: 'idle', lastCall: null });
  });

  it('sends nothing when the agent leaves it', async () => {
    const widget = widgetWithoutStorage();
    widget.controller.editNotes('typed, then left');
    widget.controller.dismissRecalledCall();
    await widget.settle();
    expect(widget.sentTypes()).toEqual(['initialized', 'userAvailable']);
    expect(widget.phase()).toEqual({ status: 'idle', lastCall: null });
  });

  it('is not offered again when HubSpot names the same engagement again in this page', async () => {
    const widget = widgetWithoutStorage();
    widget.controller.finishRecalledCall();
    await widget.settle();
    widget.widget.receive(reloadedMidCall);
    expect(widget.phase().status).toBe('idle');
    expect(widget.sentTypes().filter((type) => type === 'callCompleted')).toHaveLength(1);
  });

  it('keeps a dial HubSpot sends meanwhile waiting, and places it once the call is logged', async () => {
    const widget = widgetWithoutStorage();
    await widget.dial({ ...contactDial, phoneNumber: '+33 1 23 45 67 89' });
    expect(widget.phase().status).toBe('recalled');
    expect(widget.state().call.waitingDial).toMatchObject({ queued: false });
    expect(widget.sentTypes()).not.toContain('outgoingCall');
    widget.controller.takeWaitingDial();
    widget.controller.finishRecalledCall();
    await widget.settle();
    expect(widget.sentTypes()).toEqual([
      'initialized',
      'userAvailable',
      'callEnded',
      'callCompleted',
      'outgoingCall',
    ]);
    expect(widget.phase()).toMatchObject({ status: 'handedOff' });
  });
});

describe('an engagement HubSpot names that a call here owns', () => {
  it('goes to the call the journal kept, which is finished as usual (storage works)', async () => {
    const storage = memoryStorage();
    const before = testWidget({ storage, hubspotCreatesEngagements: false });
    before.ready();
    await before.dial();
    before.widget.release();
    const after = testWidget({ storage });
    after.widget.receive(reloadedMidCall);
    await after.settle();
    expect(after.phase()).toMatchObject({
      status: 'handedOff',
      call: { engagement: { status: 'created', id: 6123 } },
    });
  });

  it('is not offered when a call saved here has it', async () => {
    const storage = memoryStorage();
    const before = testWidget({ storage, hubspotCreatesEngagements: false });
    before.ready();
    await before.dial();
    before.widget.receive({ type: 'engagementCreated', engagementId });
    before.controller.noAnswer();
    before.controller.save();
    await before.settle();
    before.widget.release();
    const after = testWidget({ storage });
    after.widget.receive(reloadedMidCall);
    expect(after.phase().status).toBe('idle');
    expect(after.sent[0]).toEqual({ type: 'initialized', payload: { isLoggedIn: true } });
  });

  it('drops a recalled call kept over a reload that HubSpot no longer names', () => {
    const storage = memoryStorage();
    const before = testWidget({ storage });
    before.widget.receive(reloadedMidCall);
    before.controller.editNotes('half typed');
    before.widget.release();
    const after = testWidget({ storage });
    expect(after.phase().status).toBe('recalled');
    after.ready();
    expect(after.phase().status).toBe('idle');
    expect(after.sentTypes()).toEqual(['initialized', 'userAvailable']);
  });

  it('keeps a recalled call over a reload while HubSpot still names it, notes included', () => {
    const storage = memoryStorage();
    const before = testWidget({ storage });
    before.widget.receive(reloadedMidCall);
    before.controller.editNotes('half typed');
    before.widget.release();
    const after = testWidget({ storage });
    after.widget.receive(reloadedMidCall);
    expect(after.phase()).toMatchObject({ status: 'recalled', notes: 'half typed' });
    expect(after.sent[0]).toMatchObject({ payload: { engagementId: 6123 } });
  });
});
