import { describe, expect, it } from 'vitest';
import { dispositionIds } from '../../src/hubspot/engagement';
import { testWidget } from '../support/test-widget';
import { wordedNotices } from '../support/worded-notices';

function readyWidget() {
  const widget = testWidget();
  widget.ready();
  widget.sent.length = 0;
  return widget;
}

const incoming = async (widget: ReturnType<typeof readyWidget>, text: string) => {
  const problem = await widget.controller.logIncomingCall(text);
  await widget.settle();
  return problem;
};

describe('createWidget: inbound calls', () => {
  it('logs a call from a valid number with incomingCall', async () => {
    const widget = readyWidget();
    expect(await incoming(widget, '+33 1 23 45 67 89')).toBeNull();
    expect(widget.sent[0]).toEqual({
      type: 'incomingCall',
      payload: {
        externalCallId: 'call-1',
        fromNumber: '+33123456789',
        toNumber: '',
        callStartTime: widget.now(),
        createEngagement: true,
      },
    });
  });

  it('refuses a malformed number in plain words and sends nothing', async () => {
    const widget = readyWidget();
    expect(await incoming(widget, 'call me maybe')).toEqual({ code: 'number.problem.letters' });
    expect(widget.sent).toEqual([]);
  });

  it('logs Answered → End call → Save as an INBOUND call', async () => {
    const widget = readyWidget();
    await incoming(widget, '+33123456789');
    widget.controller.answer();
    widget.advance(30_000);
    widget.controller.hangUp();
    widget.controller.save();
    expect(widget.sentTypes()).toEqual([
      'incomingCall',
      'callAnswered',
      'callEnded',
      'callCompleted',
    ]);
    expect(widget.sent.at(-1)).toMatchObject({
      payload: {
        engagementProperties: {
          hs_call_direction: 'INBOUND',
          hs_call_from_number: '+33123456789',
          hs_call_duration: '30000',
          hs_call_disposition: dispositionIds.connected,
          hs_call_title: 'Call from +33 1 23 45 67 89',
        },
      },
    });
  });

  it.each([
    ['missed', 'MISSED'],
    ['declined', 'REJECTED'],
  ] as const)('%s ends the call with %s', async (action, status) => {
    const widget = readyWidget();
    await incoming(widget, '+33123456789');
    widget.controller[action]();
    expect(widget.sent.at(-1)).toMatchObject({
      type: 'callEnded',
      payload: { callEndStatus: status },
    });
  });

  it("shows HubSpot's own match for the caller and opens the record on request", async () => {
    const widget = readyWidget();
    await incoming(widget, '+33123456789');
    const match = {
      kind: 'CONTACT' as const,
      name: 'Camille Durand',
      objectCoordinates: { portalId: 424242, objectId: 9, objectTypeId: '0-1' as const },
    };
    widget.widget.receive({ type: 'callerIdMatched', matches: [match] });
    expect(widget.state().hubSpotMatch).toMatchObject({
      callId: 'call-1',
      status: 'matched',
      matches: [match],
    });
    widget.controller.openRecord(match);
    expect(widget.sent.at(-1)).toEqual({
      type: 'navigateToRecord',
      payload: { objectCoordinates: match.objectCoordinates, openIn: 'NEW_TAB' },
    });
    widget.widget.receive({ type: 'navigateToRecordFailed', reason: 'Record deleted.' });
    expect(wordedNotices(widget.state().notices).at(-1)?.message).toBe(
      'HubSpot could not open the record: Record deleted.',
    );
  });
});

describe('createWidget: availability', () => {
  it('sends userUnavailable and userAvailable as the agent toggles', () => {
    const widget = readyWidget();
    widget.controller.setAvailable(false);
    widget.controller.setAvailable(false);
    widget.controller.setAvailable(true);
    expect(widget.sentTypes()).toEqual(['userUnavailable', 'userAvailable']);
  });
});
