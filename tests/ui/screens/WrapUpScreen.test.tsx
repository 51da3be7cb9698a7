import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toEngagementId } from '../../../src/call/ids';
import { dispositionIds } from '../../../src/hubspot/engagement';
import { setLanguage } from '../../../src/i18n/i18n';
import { renderWidget } from '../../support/render-widget';

/** A call the agent answered, talked on for 65 s and ended. */
async function afterConnectedCall() {
  const widget = await renderWidget();
  await widget.dial();
  await widget.user.click(screen.getByRole('button', { name: 'Connected' }));
  widget.advance(65_000);
  await widget.user.click(screen.getByRole('button', { name: 'End call' }));
  return widget;
}

const lastProperties = (widget: Awaited<ReturnType<typeof renderWidget>>) => {
  const last = widget.sent.at(-1);
  return last?.type === 'callCompleted' ? last.payload.engagementProperties : undefined;
};

describe('WrapUpScreen', () => {
  it("offers HubSpot's default outcomes, in HubSpot's order", async () => {
    await afterConnectedCall();
    const outcomes = within(screen.getByRole('group', { name: 'Outcome' }));
    expect(
      outcomes.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent),
    ).toEqual([
      'Connected',
      'Left voicemail',
      'Left live message',
      'No answer',
      'Busy',
      'Wrong number',
    ]);
  });

  it('chooses Connected for a call that was answered', async () => {
    await afterConnectedCall();
    expect(screen.getByRole('radio', { name: 'Connected' })).toBeChecked();
  });

  it('sums up how the call ended, the number and how long it lasted', async () => {
    await afterConnectedCall();
    expect(screen.getByText('Call ended · +1 410 793 4326 · 1:05')).toBeInTheDocument();
  });

  it('gives no duration for a call nobody answered', async () => {
    const widget = await renderWidget();
    await widget.dial();
    await widget.user.click(screen.getByRole('button', { name: 'No answer' }));
    expect(screen.getByText('No answer · +1 410 793 4326')).toBeInTheDocument();
  });

  it('chooses no outcome for a call HubSpot ended before it was answered', async () => {
    const widget = await renderWidget();
    await widget.dial();
    await widget.receive({ type: 'endCall' });
    expect(screen.getByText('Call ended from HubSpot · +1 410 793 4326')).toBeInTheDocument();
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
  });

  it('logs the outcome the agent picks', async () => {
    const widget = await afterConnectedCall();
    await widget.user.click(screen.getByRole('radio', { name: 'Left voicemail' }));
    expect(screen.getByRole('radio', { name: 'Left voicemail' })).toBeChecked();
    await widget.user.click(screen.getByRole('button', { name: 'Save call' }));
    expect(lastProperties(widget)?.hs_call_disposition).toBe(dispositionIds.leftVoicemail);
  });

  it('logs the notes as text, line breaks kept', async () => {
    const widget = await afterConnectedCall();
    await widget.user.type(
      screen.getByRole('textbox', { name: 'Notes' }),
      'Send <b>pricing</b> & terms{Enter}Call back Monday',
    );
    await widget.user.click(screen.getByRole('button', { name: 'Save call' }));
    expect(lastProperties(widget)?.hs_call_body).toBe(
      'Send &lt;b&gt;pricing&lt;/b&gt; &amp; terms<br>Call back Monday',
    );
  });

  it('logs the time talked as the duration', async () => {
    const widget = await afterConnectedCall();
    await widget.user.click(screen.getByRole('button', { name: 'Save call' }));
    expect(lastProperties(widget)?.hs_call_duration).toBe('65000');
  });

  it('says the call is on the timeline once, after Save call', async () => {
    const widget = await afterConnectedCall();
    await widget.receive({ type: 'engagementCreated', engagementId: toEngagementId(5555) });
    expect(screen.queryByText(/Logged on the HubSpot timeline/)).not.toBeInTheDocument();
    await widget.user.click(screen.getByRole('button', { name: 'Save call' }));
    expect(screen.getAllByText(/Logged on the HubSpot timeline/)).toHaveLength(1);
  });

  it("counts the notes near HubSpot's limit and shows what is over it, kept out of the log", async () => {
    const widget = await afterConnectedCall();
    await widget.receive({ type: 'engagementCreated', engagementId: toEngagementId(5555) });
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    act(() => widget.controller.editNotes('a'.repeat(60_000)));
    expect(notes).toHaveAccessibleDescription('60,000 of the 65,536 characters HubSpot keeps');
    act(() => widget.controller.editNotes(`${'a'.repeat(65_536)}\u202Etail`));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'HubSpot keeps 65,536 characters of notes: the last 4, shown below, will not be logged.',
    );
    expect(screen.getByRole('textbox', { name: 'Not logged' })).toHaveValue('tail');
    await widget.user.click(screen.getByRole('button', { name: 'Save call' }));
    const body = lastProperties(widget)?.hs_call_body ?? '';
    expect(body).toHaveLength(65_536);
    expect(body).not.toContain('tail');
  });

  it('returns to the ready screen on Save call', async () => {
    const widget = await afterConnectedCall();
    await widget.user.click(screen.getByRole('button', { name: 'Save call' }));
    expect(screen.getByRole('heading', { name: 'Ready for your next call' })).toBeInTheDocument();
  });
});

describe('WrapUpScreen with the admin’s ?sync=on', () => {
  afterEach(() => {
    act(() => setLanguage('en'));
  });

  async function wrapUp(phoneSync: boolean) {
    const widget = await renderWidget({ admin: { phoneSync } });
    await widget.dial();
    await widget.user.click(screen.getByRole('button', { name: 'Connected' }));
    widget.advance(65_000);
    await widget.user.click(screen.getByRole('button', { name: 'End call' }));
    return widget;
  }

  it('tells the agent that duration and recording will come from the phone, in their language', async () => {
    await wrapUp(true);
    expect(
      screen.getByText('Duration and recording will come from your phone system.'),
    ).toBeVisible();
    const worded = {
      fr: 'La durée et l’enregistrement viendront de votre système téléphonique.',
      vi: 'Thời lượng và bản ghi âm sẽ được lấy từ hệ thống điện thoại của bạn.',
      ja: '通話時間と録音は電話システムから記録されます。',
    } as const;
    for (const [language, text] of Object.entries(worded)) {
      act(() => setLanguage(language as keyof typeof worded));
      expect(screen.getByText(text)).toBeVisible();
    }
  });

  it('says nothing of the phone without the preset', async () => {
    await wrapUp(false);
    expect(screen.getByRole('heading', { name: 'Log the call' })).toBeVisible();
    expect(screen.queryByText(/will come from your phone/)).toBeNull();
  });
});
