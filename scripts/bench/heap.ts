import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { cancelUndoMs } from '../../src/widget/cancel-undo';
import { newCrossSiteContext, openHubSpot } from '../../tests/e2e/cross-site';

const widgetSelector = '#hubspot-calling-extension-iframe';
const widgetLocator = (page: Page) => page.frameLocator(widgetSelector);

async function widgetFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator(widgetSelector).elementHandle())?.contentFrame();
  if (!frame) throw new Error('The simulator has no widget frame');
  return frame;
}

export interface HeapSample {
  calls: number;
  /** Clicks so far that the widget ignored (and that were made again). */
  reclicked: number;
  /** V8's used heap of the widget's renderer, after a full garbage collection. */
  usedBytes: number;
}

// Two numbers in turn: the widget treats the same number dialled twice within 2 s as one call.
const dialButtons = ['Call (410) 793-4326', 'Call (443) 555-0148'];

/**
 * How long a click gets to show its result before it counts as ignored. A canceled call
 * shows the idle screen only once its undo window is over (`widget/cancel-undo.ts`): with
 * 5 s here, the bench clicked Cancel call again, on a button already gone, and stopped.
 */
const answerMs = cancelUndoMs + 5000;

/**
 * Clicks `target`, then waits for `next`. When `next` does not come, the click was
 * ignored: click once more. Returns whether it had to.
 */
async function step(target: Locator, next: Locator): Promise<boolean> {
  await target.click();
  try {
    await next.waitFor({ timeout: answerMs });
    return false;
  } catch {
    await target.click();
    await next.waitFor();
    return true;
  }
}

/**
 * One call through the simulator; even calls are cancelled, odd ones connected, ended and
 * saved. Returns how many clicks the widget ignored (and were made again).
 */
async function placeCall(page: Page, index: number): Promise<number> {
  const widget = widgetLocator(page);
  const button = (name: string) => widget.getByRole('button', { name });
  const idle = widget.getByText('Ready for your next call');
  const dial = page.getByRole('button', { name: dialButtons[index % 2] });
  const steps: Array<[Locator, Locator]> =
    index % 2 === 0
      ? [
          [dial, button('Cancel call')],
          [button('Cancel call'), idle],
        ]
      : [
          [dial, button('Connected')],
          [button('Connected'), button('End call')],
          [button('End call'), button('Save call')],
        ];
  let ignored = 0;
  for (const [target, next] of steps) if (await step(target, next)) ignored += 1;
  if (index % 2 === 1) {
    await widget.getByRole('textbox', { name: 'Notes' }).fill(`Bench call ${index + 1}`);
    if (await step(button('Save call'), idle)) ignored += 1;
  }
  return ignored;
}

/**
 * The widget's JS heap after 1, 10, 50, every 100 and `calls` scripted calls, through the
 * simulator on https://app.hubspot.com (tests/e2e/cross-site.ts). Cross-site, the widget
 * has a renderer process and a V8 heap of its own, and the simulator's growing message
 * log is not counted.
 */
export async function measureHeap(
  browser: Browser,
  calls: number,
): Promise<{ samples: HeapSample[]; storage: string; failure: string | null }> {
  const context = await newCrossSiteContext(browser);
  try {
    const page = await openHubSpot(context);
    await widgetLocator(page).getByText('Ready for your next call').waitFor();
    const frame = await widgetFrame(page);
    // With storage partitioned, as in current browsers, the framed widget has localStorage
    // (HubSpot's partition); browsers that block third-party storage outright deny it, and
    // the widget then keeps its journal in memory.
    const storage = await frame.evaluate(() => {
      try {
        window.localStorage.getItem('probe');
        return 'localStorage';
      } catch {
        return 'memory (third-party storage blocked in this browser)';
      }
    });
    // Throws for a frame in its parent's process: then the numbers would mix both pages.
    const cdp = await context.newCDPSession(frame);
    const usedHeap = async (): Promise<number> => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    };
    const samples: HeapSample[] = [];
    const hundreds = Array.from(
      { length: Math.floor(calls / 100) },
      (_, index) => (index + 1) * 100,
    );
    const checkpoints = new Set([1, 10, 50, ...hundreds, calls]);
    let reclicked = 0;
    let failure: string | null = null;
    for (let index = 0; index < calls && failure === null; index += 1) {
      try {
        reclicked += await placeCall(page, index);
      } catch (error) {
        failure = `call ${index + 1}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
        break;
      }
      if (checkpoints.has(index + 1)) {
        samples.push({ calls: index + 1, reclicked, usedBytes: await usedHeap() });
      }
    }
    await cdp.detach();
    return { samples, storage, failure };
  } finally {
    await context.close();
  }
}
