import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispositionIds } from '../../src/hubspot/engagement';
import {
  newCrossSiteContext,
  openHubSpot,
  serverCertificate,
  serverPort,
  startCrossSiteDevServer,
  workerCrossSiteChromium,
} from './cross-site';
import { type SharedServer, sharedServer } from './shared-servers';
import { type Recorded, say, widgetFrame } from './widget-page';

// Storage refused outright, cross-site: with Playwright's default switches (third-party
// storage partitioning off) Chromium denies the framed widget its localStorage, as strict
// privacy settings do (tests/e2e/cross-site.test.ts). A reload mid-call keeps nothing;
// HubSpot's handshake still names the call's engagement.

interface Logged {
  engagementId: string | null;
  externalCallId: string | null;
  outcome: string;
  notes: string;
  problem: string | null;
  engagementProperties: Record<string, unknown>;
}

let server: ViteDevServer | SharedServer;
let ownServer: ViteDevServer | undefined;
let browser: Browser;

beforeAll(async () => {
  // The run's shared production build (tests/e2e/shared-servers.ts), or a dev server of its
  // own without it.
  const shared = sharedServer('appServer');
  if (shared === undefined) {
    ownServer = await startCrossSiteDevServer();
    server = ownServer;
  } else server = shared;
  browser = await workerCrossSiteChromium({
    port: serverPort(server),
    certificatePem: serverCertificate(server),
    partitioning: false,
  });
});

afterAll(async () => {
  await ownServer?.close();
});

let closeContext: (() => Promise<void>) | null = null;
afterEach(async () => {
  await closeContext?.();
  closeContext = null;
});

const simulatorRecord = (page: Page) =>
  page.evaluate(() => {
    const record = (
      window as unknown as { handoffSimulator: { messages: Recorded[]; timeline: Logged[] } }
    ).handoffSimulator;
    return { messages: record.messages, timeline: record.timeline };
  });

const heardTypes = async (page: Page) =>
  (await simulatorRecord(page)).messages
    .filter(
      (message) =>
        message.direction === 'to-hubspot' && !['SYNC_ACK', 'RESIZE_WIDGET'].includes(message.type),
    )
    .map((message) => message.type);

async function reloadWidget(page: Page) {
  await page.getByTestId('widget-panel').getByRole('button', { name: 'Reload widget' }).click();
  await page.locator('[data-testid=widget-connection][data-connection=connected]').waitFor();
}

describe('a reload mid-call with storage refused, cross-site in Chromium', () => {
  it('lets the agent finish the call on the engagement HubSpot names, logged once', async () => {
    const context = await newCrossSiteContext(browser);
    closeContext = () => context.close();
    const page = await openHubSpot(context);
    const widget = widgetFrame(page);
    await widget.getByText(say('en', 'notice.storageBlocked')).waitFor();

    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    await widget.getByRole('button', { name: 'Connected' }).click();
    await widget.getByRole('button', { name: 'End call' }).waitFor();
    const created = async () =>
      (await simulatorRecord(page)).messages.find(
        (message) => message.type === 'CREATE_ENGAGEMENT_SUCCEEDED',
      )?.data?.engagementId;
    await expect.poll(created).toBeTypeOf('number');
    const engagementId = await created();

    await reloadWidget(page);
    await widget.getByRole('heading', { name: say('en', 'recalled.heading') }).waitFor();
    // HubSpot named the call in its SYNC; the widget hands it back in INITIALIZED.
    const { messages } = await simulatorRecord(page);
    const initialized = messages.filter((message) => message.type === 'INITIALIZED').at(-1);
    expect(initialized?.data).toMatchObject({ engagementId });

    await widget.getByRole('radio', { name: 'Left voicemail' }).check();
    await widget.getByRole('textbox', { name: 'Notes' }).fill('Call back on Friday');
    await widget.getByRole('button', { name: say('en', 'recalled.save') }).click();
    await widget.getByText('Ready for your next call').waitFor();

    await expect.poll(async () => (await simulatorRecord(page)).timeline.length).toBe(1);
    const [logged] = (await simulatorRecord(page)).timeline;
    expect(logged).toMatchObject({
      engagementId: String(engagementId),
      problem: null,
      notes: 'Call back on Friday',
      engagementProperties: {
        hs_call_disposition: dispositionIds.leftVoicemail,
        hs_call_status: 'COMPLETED',
      },
    });
    // Nothing the widget no longer knows is made up.
    expect(logged?.engagementProperties).not.toHaveProperty('hs_call_duration');

    // HubSpot has no call in progress any more: another reload offers nothing.
    await reloadWidget(page);
    await widget.getByText('Ready for your next call').waitFor();
    expect(await widget.getByRole('heading', { name: say('en', 'recalled.heading') }).count()).toBe(
      0,
    );
    expect(await heardTypes(page)).toEqual([
      'INITIALIZED',
      'USER_AVAILABLE',
      'OUTGOING_CALL_STARTED',
      'CALL_ANSWERED',
      'INITIALIZED',
      'USER_AVAILABLE',
      'CALL_ENDED',
      'CALL_COMPLETED',
      'INITIALIZED',
      'USER_AVAILABLE',
    ]);
    expect((await simulatorRecord(page)).timeline).toHaveLength(1);
  });

  it('sends nothing when the agent leaves the call as HubSpot has it', async () => {
    const context = await newCrossSiteContext(browser);
    closeContext = () => context.close();
    const page = await openHubSpot(context);
    const widget = widgetFrame(page);
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    await widget.getByRole('button', { name: 'Connected' }).waitFor();
    await reloadWidget(page);
    await widget.getByRole('button', { name: say('en', 'recalled.dismiss') }).click();
    await widget.getByText('Ready for your next call').waitFor();
    expect(await heardTypes(page)).toEqual([
      'INITIALIZED',
      'USER_AVAILABLE',
      'OUTGOING_CALL_STARTED',
      'INITIALIZED',
      'USER_AVAILABLE',
    ]);
    expect((await simulatorRecord(page)).timeline).toEqual([]);
  });
});
