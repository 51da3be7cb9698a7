import { describe, expect, it, vi } from 'vitest';
import { toCallId, toEngagementId } from '../../src/call/ids';
import { readHostContext } from '../../src/hubspot/read-payload';
import { memoryStorage } from '../../src/journal/key-value-storage';
import { testWidget } from '../support/test-widget';
import { wordedNotices } from '../support/worded-notices';

/** A widget HubSpot answers by hand, whose first call was saved before HubSpot answered it. */
async function firstCallSavedWithoutId() {
  const widget = testWidget({ hubspotCreatesEngagements: false, engagementWaitMs: 20 });
  widget.ready();
  await widget.dial();
  widget.controller.noAnswer();
  widget.controller.editNotes('Call back Friday');
  widget.controller.save();
  await vi.waitFor(() => expect(widget.sentTypes()).toContain('callCompleted'));
  widget.advance(60_000);
  await widget.dial({ phoneNumber: '+33 1 23 45 67 89', countryCode: 'FR' });
  return widget;
}

describe('createWidget: HubSpot answers a call late', () => {
  it("never ends the next call with the first call's engagement id", async () => {
    const widget = await firstCallSavedWithoutId();
    expect(widget.phase()).toMatchObject({ status: 'handedOff', call: { id: 'call-2' } });
    widget.widget.receive({ type: 'engagementCreated', engagementId: toEngagementId(1111) });
    widget.controller.noAnswer();
    expect(widget.sent.at(-1)).toMatchObject({ type: 'callEnded' });
    expect(widget.sent.at(-1)).not.toHaveProperty('payload.engagementId');
    widget.widget.receive({ type: 'engagementCreated', engagementId: toEngagementId(2222) });
    widget.controller.save();
    expect(widget.sent.at(-1)).toMatchObject({
      type: 'callCompleted',
      payload: { externalCallId: 'call-2', engagementId: 2222 },
    });
  });

  it('tells the agent which call the late record belongs to, with its notes to copy', async () => {
    const widget = await firstCallSavedWithoutId();
    const before = widget.state().notices.length;
    widget.widget.receive({ type: 'engagementCreated', engagementId: toEngagementId(1111) });
    const notices = wordedNotices(widget.state().notices);
    expect(notices).toHaveLength(before + 1);
    expect(notices.at(-1)).toMatchObject({
      message: expect.stringContaining('the call to +1 410 793 4326 only after'),
      copyText: 'Call back Friday',
    });
  });

  it('gives an answer that names its call to that call', async () => {
    const widget = await firstCallSavedWithoutId();
    widget.widget.receive({
      type: 'engagementCreated',
      engagementId: toEngagementId(2222),
      callId: toCallId('call-2'),
    });
    expect(widget.phase()).toMatchObject({
      call: { id: 'call-2', engagement: { status: 'created', id: 2222 } },
    });
  });
});

describe("createWidget: the engagement in HubSpot's handshake", () => {
  it('gives the live call the engagement HubSpot names after a reload that lost its answer', async () => {
    const storage = memoryStorage();
    const first = testWidget({ storage, hubspotCreatesEngagements: false });
    first.ready();
    await first.dial();
    // The iframe reloads before HubSpot's answer arrives; the answer is lost with it.
    const second = testWidget({ storage, hubspotCreatesEngagements: false });
    second.widget.receive({
      type: 'ready',
      context: readHostContext({ engagementId: 4242, iframeLocation: 'widget' }),
      greeted: null,
    });
    second.controller.noAnswer();
    expect(second.sent.at(-1)).toMatchObject({
      type: 'callEnded',
      payload: { externalCallId: 'call-1', engagementId: 4242 },
    });
  });
});

describe('createWidget: initialized after a reload', () => {
  it("sends back the live call's engagement id, as the SDK expects", async () => {
    const storage = memoryStorage();
    const first = testWidget({ storage });
    first.ready();
    await first.dial();
    const second = testWidget({ storage });
    second.ready();
    expect(second.sent[0]).toEqual({
      type: 'initialized',
      payload: { isLoggedIn: true, engagementId: 5001 },
    });
  });

  it('sends none when no call is live', () => {
    const widget = testWidget();
    widget.ready();
    expect(widget.sent[0]).toEqual({ type: 'initialized', payload: { isLoggedIn: true } });
  });
});
