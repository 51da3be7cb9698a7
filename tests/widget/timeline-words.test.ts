import { describe, expect, it, vi } from 'vitest';
import { catalogs } from '../../src/i18n/i18n';
import { memoryStorage } from '../../src/journal/key-value-storage';
import { serializeSettings, settingsKey } from '../../src/settings/settings';
import { timelineWordsOf } from '../../src/widget/timeline-words';
import { type TestWidget, testWidget } from '../support/test-widget';

/** The title the last completed call was logged with. */
function loggedTitle(widget: TestWidget): string | undefined {
  const completed = widget.sent.filter((message) => message.type === 'callCompleted').at(-1);
  return completed?.type === 'callCompleted'
    ? completed.payload.engagementProperties.hs_call_title
    : undefined;
}

async function logNoAnswer(widget: TestWidget) {
  await widget.dial();
  widget.controller.noAnswer();
  widget.controller.save();
}

describe('the call’s title on the HubSpot timeline', () => {
  it('is in the language the agent chose in Settings', async () => {
    const widget = testWidget();
    widget.ready();
    widget.controller.saveSettings({ ...widget.state().settings, language: 'fr' });
    await vi.waitFor(() =>
      expect(widget.state().timelineWords).toEqual(timelineWordsOf(catalogs.fr)),
    );
    await logNoAnswer(widget);
    expect(loggedTitle(widget)).toBe('Appel vers +1 410 793 4326');
  });

  it('is in the language saved before this page loaded, from the handshake on', async () => {
    const storage = memoryStorage();
    const settings = testWidget().state().settings;
    storage.setItem(settingsKey, serializeSettings({ ...settings, language: 'ja' }));
    const widget = testWidget({ storage });
    widget.ready();
    await vi.waitFor(() =>
      expect(widget.state().timelineWords).toEqual(timelineWordsOf(catalogs.ja)),
    );
    await logNoAnswer(widget);
    expect(loggedTitle(widget)).toBe('+1 410 793 4326への発信');
  });

  it('is in the agent’s language for a call saved before a reload and sent at the handshake', async () => {
    const storage = memoryStorage();
    const settings = testWidget().state().settings;
    storage.setItem(settingsKey, serializeSettings({ ...settings, language: 'fr' }));
    // HubSpot's handshake never reached the first page: its call waits in the journal.
    const before = testWidget({ storage });
    await logNoAnswer(before);
    expect(loggedTitle(before)).toBeUndefined();

    const after = testWidget({ storage });
    after.ready();
    await after.settle();
    expect(loggedTitle(after)).toBe('Appel vers +1 410 793 4326');
  });

  it('sends a call saved before a reload in English, once, when the catalogues do not load', async () => {
    const storage = memoryStorage();
    const settings = testWidget().state().settings;
    storage.setItem(settingsKey, serializeSettings({ ...settings, language: 'vi' }));
    await logNoAnswer(testWidget({ storage }));

    let fail: (error: Error) => void = () => undefined;
    const after = testWidget({
      storage,
      timelineWords: () => new Promise((_, reject) => (fail = reject)),
    });
    after.ready();
    await after.settle();
    // Held while the Vietnamese words load.
    expect(after.sentTypes()).not.toContain('callCompleted');
    fail(new Error('chunk failed to load'));
    await after.settle();
    expect(loggedTitle(after)).toBe('Call to +1 410 793 4326');
    expect(after.sentTypes().filter((type) => type === 'callCompleted')).toHaveLength(1);
  });

  it('keeps the words of the language the agent chose last, whichever loads last', async () => {
    const loads: Array<() => void> = [];
    const widget = testWidget({
      timelineWords: (language) =>
        new Promise((resolve) => {
          loads.push(() => resolve(timelineWordsOf(catalogs[language ?? 'en'])));
        }),
    });
    widget.ready();
    widget.controller.saveSettings({ ...widget.state().settings, language: 'vi' });
    widget.controller.saveSettings({ ...widget.state().settings, language: 'fr' });
    // The French words come first, the Vietnamese ones after: the agent left Vietnamese.
    for (const load of [loads[2], loads[1], loads[0]]) load?.();
    await widget.settle();
    expect(widget.state().timelineWords).toEqual(timelineWordsOf(catalogs.fr));
  });

  it('is English, and the call still logged, when the catalogues do not load', async () => {
    const widget = testWidget({
      timelineWords: () => Promise.reject(new Error('chunk failed to load')),
    });
    widget.ready();
    widget.controller.saveSettings({ ...widget.state().settings, language: 'fr' });
    await widget.settle();
    await logNoAnswer(widget);
    expect(loggedTitle(widget)).toBe('Call to +1 410 793 4326');
  });
});
