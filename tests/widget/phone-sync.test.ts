import { describe, expect, it } from 'vitest';
import { phoneOwnedProperties } from '../../src/hubspot/engagement';
import { memoryStorage } from '../../src/journal/key-value-storage';
import { adminDefaultsFrom } from '../../src/settings/admin-defaults';
import { type SentMessage, testWidget } from '../support/test-widget';
import { wordedNotices } from '../support/worded-notices';

const startAt = 1_760_000_000_000;

/** A call the agent answered, talked on for 65 s, ended and saved with an outcome and notes. */
async function loggedCall(phoneSync: boolean) {
  const widget = testWidget({ startAt, admin: { phoneSync } });
  widget.ready();
  await widget.dial();
  widget.advance(10_000);
  widget.controller.answer();
  widget.advance(65_000);
  widget.controller.hangUp();
  widget.controller.chooseOutcome('leftLiveMessage');
  widget.controller.editNotes('Call back on Monday');
  widget.controller.save();
  return widget;
}

const completed = (sent: readonly SentMessage[]) => {
  const message = sent.find((candidate) => candidate.type === 'callCompleted');
  if (message?.type !== 'callCompleted') throw new Error('no callCompleted');
  return message.payload.engagementProperties;
};

describe('the widget with the admin’s ?sync=on', () => {
  it('logs the agent’s outcome, notes, title and callee, and leaves status and duration to the phone', async () => {
    const withSync = completed((await loggedCall(true)).sent);
    const without = completed((await loggedCall(false)).sent);
    expect(without).toMatchObject({ hs_call_status: 'COMPLETED', hs_call_duration: '65000' });
    expect(withSync).not.toHaveProperty('hs_call_status');
    expect(withSync).not.toHaveProperty('hs_call_duration');
    expect(withSync).not.toHaveProperty('hs_call_recording_url');
    const { hs_call_status, hs_call_duration, ...agentOwned } = without;
    expect(withSync).toStrictEqual(agentOwned);
    expect(Object.keys(agentOwned)).toEqual(
      expect.arrayContaining([
        'hs_call_disposition',
        'hs_call_body',
        'hs_call_title',
        'hs_call_to_number',
        'hs_call_callee_object_id',
        'hubspot_owner_id',
      ]),
    );
  });

  it('still tells HubSpot the call ended, with how it ended', async () => {
    const widget = await loggedCall(true);
    const calls = ['outgoingCall', 'callAnswered', 'callEnded', 'callCompleted'];
    expect(widget.sentTypes().filter((type) => calls.includes(type))).toEqual(calls);
    expect(widget.sent.find(({ type }) => type === 'callEnded')).toMatchObject({
      payload: { callEndStatus: 'COMPLETED' },
    });
  });

  it('leaves them out of a call saved while HubSpot reloaded the widget, sent after the handshake', async () => {
    const storage = memoryStorage();
    const first = testWidget({ startAt, storage, admin: { phoneSync: true } });
    first.ready();
    await first.dial();
    first.controller.answer();
    first.advance(30_000);
    first.controller.hangUp();

    const reloaded = testWidget({ startAt: startAt + 40_000, storage, admin: { phoneSync: true } });
    reloaded.controller.editNotes('Saved before the handshake');
    reloaded.controller.save();
    expect(reloaded.sentTypes()).toEqual([]);
    reloaded.ready();
    const properties = completed(reloaded.sent);
    expect(properties.hs_call_body).toBe('Saved before the handshake');
    for (const name of phoneOwnedProperties) expect(properties).not.toHaveProperty(name);
  });

  it('logs everything itself, and says why, when ?sync= is neither on nor off', async () => {
    const widget = testWidget({ startAt, admin: adminDefaultsFrom('?sync=yes') });
    expect(wordedNotices(widget.state().notices)).toMatchObject([
      {
        tone: 'info',
        message:
          "The widget address says sync=yes, which is neither on nor off, so this widget logs the call's duration and status itself. Ask your admin to check the address.",
      },
    ]);
    widget.ready();
    await widget.dial();
    widget.controller.answer();
    widget.controller.hangUp();
    widget.controller.save();
    expect(completed(widget.sent)).toHaveProperty('hs_call_duration');
    expect(completed(widget.sent)).toHaveProperty('hs_call_status');
  });
});
