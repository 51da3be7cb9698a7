import { describe, expect, it } from 'vitest';
import { simulatorSession } from './simulator-session';

const simulator = simulatorSession();
const widget = simulator.widget;

describe('an inbound call logged through the simulator, in Chromium', () => {
  it('sends incomingCall, then the lifecycle once each, logged as INBOUND', async () => {
    await simulator.open();

    await widget().getByRole('switch', { name: 'Available for calls' }).click();
    await widget().getByRole('switch', { name: 'Available for calls' }).click();
    await widget().getByRole('button', { name: 'Incoming call' }).click();
    await widget().getByRole('textbox', { name: "Caller's number" }).fill('+33 1 23 45 67 89');
    await widget().getByRole('button', { name: 'Log incoming call' }).click();
    await widget().getByRole('button', { name: 'Answered' }).click();
    await widget().getByRole('button', { name: 'End call' }).click();
    await widget().getByRole('textbox', { name: 'Notes' }).fill('Asked for the invoice');
    await widget().getByRole('button', { name: 'Save call' }).click();
    await widget()
      .getByText(/Last call from \+33 1 23 45 67 89 saved/)
      .waitFor();

    await expect
      .poll(async () => (await simulator.heard()).map((message) => message.type))
      .toEqual([
        'INITIALIZED',
        'USER_AVAILABLE',
        'USER_UNAVAILABLE',
        'USER_AVAILABLE',
        'INCOMING_CALL',
        'CALL_ANSWERED',
        'CALL_ENDED',
        'CALL_COMPLETED',
      ]);
    const messages = await simulator.heard();
    const incoming = messages.find((message) => message.type === 'INCOMING_CALL');
    expect(incoming?.data).toMatchObject({ fromNumber: '+33123456789', createEngagement: true });
    expect(messages.at(-1)?.data).toMatchObject({
      externalCallId: incoming?.data?.externalCallId,
      engagementId: expect.any(Number),
      engagementProperties: {
        hs_call_direction: 'INBOUND',
        hs_call_from_number: '+33123456789',
        hs_call_body: 'Asked for the invoice',
      },
    });
  });
});
