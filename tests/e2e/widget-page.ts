import axe from 'axe-core';
import type { Frame, Page } from 'playwright-core';
import type { MessageKey } from '../../src/i18n/catalog';
import { catalogs } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';
import type { RecordedMessage } from '../../src/simulator/protocol';

/** The iframe the SDK creates for the widget on HubSpot's page (the id is the SDK's). */
export const widgetFrameSelector = '#hubspot-calling-extension-iframe';

/** A plain message as the widget shows it in `language`. */
export const say = (language: Language, key: MessageKey): string =>
  (catalogs[language] as Record<string, string>)[key] ?? key;

/** The widget's frame on the simulator's page, as HubSpot embeds it. */
export const widgetFrame = (page: Page) => page.frameLocator(widgetFrameSelector);

export async function widgetFrameHandle(page: Page): Promise<Frame> {
  const element = await page.locator(widgetFrameSelector).elementHandle();
  const frame = await element?.contentFrame();
  if (frame === null || frame === undefined) throw new Error('The widget frame is not there');
  return frame;
}

/** What the widget told HubSpot (and heard back), as the simulator records it, its fields readable. */
export type Recorded = Omit<RecordedMessage, 'data'> & {
  data: Record<string, unknown> | undefined;
};

// The handshake and widget resizes come and go with layout; the call lifecycle must not.
const notLifecycle = new Set(['SYNC_ACK', 'RESIZE_WIDGET']);

export async function lifecycleToHubSpot(page: Page): Promise<string[]> {
  const all = await page.evaluate(
    () =>
      (window as unknown as { handoffSimulator: { messages: Recorded[] } }).handoffSimulator
        .messages,
  );
  return all
    .filter((message) => message.direction === 'to-hubspot' && !notLifecycle.has(message.type))
    .map((message) => message.type);
}

/**
 * Chooses the widget's language the way an agent does: Settings → Language → Done. The
 * widget starts in English (the test browser's language).
 */
export async function chooseLanguage(page: Page, language: Language): Promise<void> {
  const widget = widgetFrame(page);
  await widget.getByRole('button', { name: 'Settings', exact: true }).click();
  await widget.getByRole('combobox', { name: 'Language' }).selectOption(language);
  await widget.locator(`html[lang=${language}]`).waitFor();
  await widget.getByRole('button', { name: say(language, 'settings.done') }).click();
}

export interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the widget's document. Injected through the DevTools protocol
 * (`frame.evaluate` of axe's source), which the widget's `script-src 'self'` policy does
 * not govern, unlike a `<script>` tag.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  const frame = await widgetFrameHandle(page);
  const loaded = await frame.evaluate(() => 'axe' in window);
  if (!loaded) await frame.evaluate(axe.source);
  return frame.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const results = await run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) =>
        `${node.target.join(' ')}: ${node.failureSummary ?? ''}`.slice(0, 300),
      ),
    }));
  });
}
