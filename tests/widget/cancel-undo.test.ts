import { describe, expect, it } from 'vitest';
import { testWidget } from '../support/test-widget';

const startAt = 1_760_000_000_000;

function readyWidget(cancelUndoMs = 20) {
  const widget = testWidget({ startAt, cancelUndoMs });
  widget.ready();
  return widget;
}

const afterUndoWindow = () => new Promise((resolve) => setTimeout(resolve, 60));

describe('Cancel call with an undo window', () => {
  it('sends HubSpot nothing until the window is over, then logs the call as canceled', async () => {
    const widget = readyWidget();
    await widget.dial();
    widget.sent.length = 0;
    widget.advance(3_000);
    widget.controller.cancelWithUndo();
    expect(widget.sentTypes()).toEqual([]);
    expect(widget.phase().status).toBe('handedOff');
    expect(widget.state().cancelPending).toEqual({ callId: 'call-1', at: startAt + 3_000 });
    widget.advance(5_000);
    await afterUndoWindow();
    expect(widget.sentTypes()).toEqual(['callEnded', 'callCompleted']);
    expect(widget.sent[0]).toMatchObject({ payload: { callEndStatus: 'CANCELED' } });
    // The call ended when the agent canceled it, not when the window closed.
    const completed = widget.sent[1];
    expect(completed?.type === 'callCompleted' && completed.payload.engagementProperties).toEqual(
      expect.objectContaining({ hs_call_status: 'CANCELED', hs_call_duration: '0' }),
    );
    expect(widget.phase().status).toBe('idle');
    expect(widget.state().cancelPending).toBeNull();
  });

  it('Undo keeps the call handed off and nothing is ever sent for the cancel', async () => {
    const widget = readyWidget();
    await widget.dial();
    widget.sent.length = 0;
    widget.controller.cancelWithUndo();
    widget.controller.undoCancel();
    await afterUndoWindow();
    expect(widget.sentTypes()).toEqual([]);
    expect(widget.phase().status).toBe('handedOff');
    expect(widget.state().cancelPending).toBeNull();
    widget.controller.answer();
    expect(widget.sentTypes()).toEqual(['callAnswered']);
  });

  it('drops the cancel when HubSpot ends the call first, so it is logged once', async () => {
    const widget = readyWidget();
    await widget.dial();
    widget.sent.length = 0;
    widget.controller.cancelWithUndo();
    widget.widget.receive({ type: 'endCall' });
    await afterUndoWindow();
    expect(widget.sentTypes()).toEqual(['callEnded']);
    expect(widget.phase().status).toBe('wrapUp');
    expect(widget.state().cancelPending).toBeNull();
  });

  it('cancels a call whose number is being checked at once: HubSpot has not heard of it', async () => {
    const widget = readyWidget();
    await widget.dial({ phoneNumber: 'call me', objectId: 101, objectType: 'CONTACT' });
    expect(widget.phase().status).toBe('numberNeeded');
    widget.controller.cancelWithUndo();
    expect(widget.phase().status).toBe('numberNeeded');
    widget.controller.cancel();
    expect(widget.phase().status).toBe('idle');
    const aboutCalls = ['outgoingCall', 'callEnded', 'callCompleted'];
    expect(widget.sentTypes().filter((type) => aboutCalls.includes(type))).toEqual([]);
  });
});
