import type { Page } from 'playwright-core';
import { describe, type ExpectStatic, it } from 'vitest';
import { resumeGraceMs } from '../../src/journal/call-journal';
import { tallestFrame } from '../../src/ui/App';
import { framesSideBySide, sideBySideViewport } from './cross-site';
import { crossSiteSession } from './cross-site-session';
import { frameSettled } from './frame-settled';
import { widgetFrameSelector } from './widget-page';

// Several HubSpot tabs in one browser profile: every instance of the widget is framed by
// app.hubspot.com, so all of them share one storage partition, one set of Web Locks and
// one BroadcastChannel, as in the agent's browser.
const session = crossSiteSession();

/** What each frame says when it (re)connects, before any call. */
const handshake = new Set(['INITIALIZED', 'USER_AVAILABLE', 'USER_UNAVAILABLE']);
const lifecycle = async (page: Page) => (await session.heard(page)).map((message) => message.type);
const callIdsHeard = async (page: Page) =>
  (await session.heard(page)).flatMap((message) => {
    const id = message.data?.externalCallId;
    return typeof id === 'string' ? [id] : [];
  });

async function dialEmily(page: Page) {
  await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
  await session.widget(page).getByRole('button', { name: 'Cancel call' }).waitFor();
}

/**
 * frameSettled, once the frame also has the room the widget's screen needs: until the widget
 * asks for more (600 -> 700 px, `useFitToContent` in src/ui/App.tsx), the size it last asked
 * for is still the frame's. After a reload the handoff screen asks, which lost the reload
 * test's Cancel call in 2 of 4 fresh-clone runs; in a tab whose call screen fitted, the
 * wrap-up screen asks, which lost the closed-tab test's Save call beside other browser files
 * (the button sits 100 px lower once the frame has grown, below where the frame ended
 * before), and the first test's Save call once in a fresh-clone run (5 Dec: the wrap-up
 * shown, nothing heard).
 */
async function frameSettledWithRoom(page: Page, expect: ExpectStatic) {
  const screen = session.widget(page).locator('main').first();
  await expect
    .poll(() =>
      screen.evaluate(
        (main, tallest) =>
          window.innerHeight >= Math.min(Math.ceil(main.getBoundingClientRect().height), tallest),
        tallestFrame,
      ),
    )
    .toBe(true);
  await frameSettled(page);
}

/**
 * Waits for the widget to show `text`; when it does not, the error says what the widget
 * showed and what HubSpot heard, so a lost click (the screen before, nothing new heard) can
 * be told from a lost step (a later screen, or a message heard with no screen after it).
 */
async function showing(page: Page, text: string) {
  const widget = session.widget(page);
  await widget
    .getByText(text)
    .waitFor()
    .catch(async (error: Error) => {
      const shown = await widget
        .locator('body')
        .allInnerTexts()
        .catch(() => ['?']);
      throw new Error(
        `${error.message}\nwidget showed: ${shown.join(' ')}\nHubSpot heard: ${(await lifecycle(page)).join(', ')}`,
      );
    });
}

// The tests run at the same time, each on a browser profile of its own (ownProfile), with
// the `expect` of their own test context (Vitest needs it to tell concurrent tests apart):
// much of each is the widget's own timers (5 s to undo Cancel call, the grace before a
// closed tab's call moves to another tab), and one after another the file took about 41 s
// of the run, against about 26 s at the same time.
describe.concurrent('several HubSpot tabs, cross-site in Chromium', () => {
  it('a tab opened during a call starts ready, hands off its own dial, and leaves the first call to the first tab', async ({
    expect,
    onTestFinished,
  }) => {
    const profile = session.ownProfile(onTestFinished);
    const first = await profile.open();
    await dialEmily(first);

    const second = await profile.openTab();
    await session.widget(second).getByText('Ready for your next call').waitFor();
    await dialEmily(second);
    // Its own call, not a dial waiting behind the other tab's.
    expect(await session.widget(second).getByText('HubSpot asked to call').count()).toBe(0);
    await session.widget(second).getByRole('button', { name: 'Cancel call' }).click();
    await session.widget(second).getByText('Ready for your next call').waitFor();

    const widget = session.widget(first);
    await widget.getByRole('button', { name: 'Connected' }).click();
    await frameSettledWithRoom(first, expect);
    await widget.getByRole('button', { name: 'End call' }).click();
    await widget.getByRole('textbox', { name: 'Notes' }).fill('Sent the quote');
    await frameSettledWithRoom(first, expect);
    await widget.getByRole('button', { name: 'Save call' }).click();
    await showing(first, 'Ready for your next call');

    await expect
      .poll(() => lifecycle(second))
      .toEqual([
        'INITIALIZED',
        'USER_AVAILABLE',
        'OUTGOING_CALL_STARTED',
        'CALL_ENDED',
        'CALL_COMPLETED',
      ]);
    await expect
      .poll(() => lifecycle(first))
      .toEqual([
        'INITIALIZED',
        'USER_AVAILABLE',
        'OUTGOING_CALL_STARTED',
        'CALL_ANSWERED',
        'CALL_ENDED',
        'CALL_COMPLETED',
      ]);
    const [firstCall] = new Set(await callIdsHeard(first));
    const [secondCall] = new Set(await callIdsHeard(second));
    expect(new Set(await callIdsHeard(first))).toEqual(new Set([firstCall]));
    expect(new Set(await callIdsHeard(second))).toEqual(new Set([secondCall]));
    expect(firstCall).not.toBe(secondCall);
    const completed = (await session.heard(first)).at(-1);
    expect(completed?.data?.engagementProperties).toMatchObject({ hs_call_body: 'Sent the quote' });
  });

  it('a reload of the tab in a call resumes the call there, while another tab stays ready', async ({
    expect,
    onTestFinished,
  }) => {
    const profile = session.ownProfile(onTestFinished);
    const first = await profile.open();
    const second = await profile.openTab();
    await dialEmily(first);
    const [callId] = await callIdsHeard(first);

    await first.reload();
    await first.locator('[data-testid=widget-connection][data-connection=connected]').waitFor();
    const widget = session.widget(first);
    await widget.getByRole('button', { name: 'Cancel call' }).waitFor();
    await frameSettledWithRoom(first, expect);
    await widget.getByRole('button', { name: 'Cancel call' }).click();
    // This wait failed now and then (1 of 2 fresh-clone CI runs, 4 Dec): a lost click (the
    // handoff screen, nothing after INITIALIZED) or a lost cancel (an undo notice that never ends).
    await showing(first, 'Ready for your next call');
    await expect
      .poll(() => lifecycle(first))
      .toEqual(['INITIALIZED', 'USER_AVAILABLE', 'CALL_ENDED', 'CALL_COMPLETED']);
    expect(new Set(await callIdsHeard(first))).toEqual(new Set([callId]));
    expect(await lifecycle(second)).toEqual(['INITIALIZED', 'USER_AVAILABLE']);
    await session.widget(second).getByText('Ready for your next call').waitFor();
  });

  it('a tab closed in the middle of a call leaves it to the next tab that loads, which finishes it once', async ({
    expect,
    onTestFinished,
  }) => {
    const profile = session.ownProfile(onTestFinished);
    const first = await profile.open();
    await dialEmily(first);
    await session.widget(first).getByRole('button', { name: 'Connected' }).click();
    const [callId] = await callIdsHeard(first);
    await first.close();

    const next = await profile.openTab();
    const widget = session.widget(next);
    // After the grace the closed tab's reload would have had, its call is this tab's.
    await widget.getByRole('button', { name: 'End call' }).waitFor({ timeout: resumeGraceMs * 4 });
    await frameSettledWithRoom(next, expect);
    await widget.getByRole('button', { name: 'End call' }).click();
    // The call screen fitted this tab's frame; the wrap-up does not, and the frame grows.
    await widget.getByRole('button', { name: 'Save call' }).waitFor();
    await frameSettledWithRoom(next, expect);
    await widget.getByRole('button', { name: 'Save call' }).click();
    await showing(next, 'Ready for your next call');
    await expect
      .poll(() => lifecycle(next))
      .toEqual(['INITIALIZED', 'USER_AVAILABLE', 'CALL_ENDED', 'CALL_COMPLETED']);
    expect(new Set(await callIdsHeard(next))).toEqual(new Set([callId]));
  });

  it('an inbound call logged in the navigation bar and an outbound call dialled into the calling window at the same moment are each logged once, by their own frame, a reload included', async ({
    expect,
    onTestFinished,
  }) => {
    const profile = session.ownProfile(onTestFinished);
    // Side by side, nothing moves the bar under a click (framesSideBySide says why).
    const page = await profile.open('?location=remote', framesSideBySide, sideBySideViewport);
    const connected = (frame: string) =>
      page
        .locator(`[data-testid=widget-connection][data-frame=${frame}][data-connection=connected]`)
        .waitFor();
    await connected('window');
    await connected('remote');
    const frameTops = await page
      .locator('iframe')
      .evaluateAll((frames) => frames.map((frame) => frame.getBoundingClientRect().top));
    expect(frameTops, 'the bar beside the calling window, not below it').toEqual([
      frameTops[0],
      frameTops[0],
    ]);
    const remote = page.frameLocator('#hubspot-calling-extension-iframe-remote');
    const callingWindow = page.frameLocator(widgetFrameSelector);
    await remote.getByRole('button', { name: 'Incoming call' }).click();
    await remote.getByRole('textbox', { name: "Caller's number" }).fill('+33 1 23 45 67 89');
    // Both frames journal their call at the same moment, on one storage partition.
    await Promise.all([
      remote.getByRole('button', { name: 'Log incoming call' }).click(),
      page.getByRole('button', { name: 'Call (410) 793-4326' }).click(),
    ]);
    // The remote frame writes last; then the calling window reloads on its own.
    await remote.getByRole('button', { name: 'Answered' }).click();
    await remote.getByRole('button', { name: 'End call' }).waitFor();
    const heardFrom = async (frame: string) =>
      (await session.heard(page)).filter((message) => message.frame === frame);
    const element = await page.locator(widgetFrameSelector).elementHandle();
    const windowDocument = await element?.contentFrame();
    if (windowDocument === null || windowDocument === undefined)
      throw new Error('no calling window');
    await windowDocument.evaluate(() => window.location.reload()).catch(() => undefined);
    await expect
      .poll(
        async () =>
          (await heardFrom('window')).filter((message) => message.type === 'INITIALIZED').length,
      )
      .toBe(2);

    // Each frame still has its own call: the window its outbound call, the bar its inbound one.
    await callingWindow.getByRole('button', { name: 'No answer' }).click();
    await callingWindow.getByRole('button', { name: 'Save call' }).click();
    await remote.getByRole('button', { name: 'End call' }).click();
    await remote.getByRole('button', { name: 'Save call' }).click();
    await callingWindow.getByText('Ready for your next call').waitFor();
    // The bar is back to what it shows between calls.
    await remote.getByRole('button', { name: 'Incoming call' }).waitFor();

    const lifecycleOf = async (frame: string) =>
      (await heardFrom(frame))
        .filter((message) => !handshake.has(message.type))
        .map((message) => `${message.type} ${message.data?.externalCallId}`);
    await expect.poll(async () => (await lifecycleOf('window')).length).toBe(3);
    await expect.poll(async () => (await lifecycleOf('remote')).length).toBe(4);
    const outbound = (await lifecycleOf('window')).map((line) => line.split(' '));
    const inbound = (await lifecycleOf('remote')).map((line) => line.split(' '));
    expect(outbound.map(([type]) => type)).toEqual([
      'OUTGOING_CALL_STARTED',
      'CALL_ENDED',
      'CALL_COMPLETED',
    ]);
    expect(inbound.map(([type]) => type)).toEqual([
      'INCOMING_CALL',
      'CALL_ANSWERED',
      'CALL_ENDED',
      'CALL_COMPLETED',
    ]);
    expect(new Set(outbound.map(([, id]) => id)).size).toBe(1);
    expect(new Set(inbound.map(([, id]) => id)).size).toBe(1);
    expect(outbound[0]?.[1]).not.toBe(inbound[0]?.[1]);
  });
});
