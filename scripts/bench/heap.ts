import type { Browser, Page } from 'playwright-core';
import {
  type BenchSite,
  openSimulator,
  waitForIdleWidget,
  widgetFrame,
  widgetLocator,
} from './fresh-load';

export interface HeapSample {
  calls: number;
  /** Calls so far whose last click the widget ignored (clicked a second time). */
  reclicked: number;
  /** V8's used heap of the widget's renderer, after a full garbage collection. */
  usedBytes: number;
}

// Two numbers in turn: the widget treats the same number dialled twice within 2 s as one call.
const dialButtons = ['Call (410) 793-4326', 'Call (443) 555-0148'];

/**
 * One call through the simulator; odd calls are cancelled, even ones connected and saved.
 * Returns true when the widget ignored the last click and it had to be clicked again.
 */
async function placeCall(page: Page, index: number): Promise<boolean> {
  const widget = widgetLocator(page);
  const idle = widget.getByText('Ready for your next call');
  await page.getByRole('button', { name: dialButtons[index % 2] }).click();
  let finish = widget.getByRole('button', { name: 'Cancel call' });
  if (index % 2 === 1) {
    await widget.getByRole('button', { name: 'Connected' }).click();
    await widget.getByRole('button', { name: 'End call' }).click();
    await widget.getByRole('textbox', { name: 'Notes' }).fill(`Bench call ${index + 1}`);
    finish = widget.getByRole('button', { name: 'Save call' });
  }
  await finish.click();
  try {
    await idle.waitFor({ timeout: 5000 });
    return false;
  } catch {
    // Seen now and then: the click lands and the call stays open. Counted and reported.
    await finish.click();
    await idle.waitFor();
    return true;
  }
}

/**
 * The widget's JS heap after 1, 10, 50, every 100 and `calls` scripted calls. The widget must be
 * cross-site to the simulator (as it is to HubSpot): it then has a renderer process and
 * a V8 heap of its own, and the simulator's growing message log is not counted.
 */
export async function measureHeap(
  browser: Browser,
  site: BenchSite,
  calls: number,
): Promise<{ samples: HeapSample[]; storage: string }> {
  const { context, page } = await openSimulator(browser, site);
  try {
    await waitForIdleWidget(page);
    const frame = await widgetFrame(page);
    // Browsers that block third-party storage deny the widget localStorage inside HubSpot;
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
    for (let index = 0; index < calls; index += 1) {
      if (await placeCall(page, index)) reclicked += 1;
      if (checkpoints.has(index + 1)) {
        samples.push({ calls: index + 1, reclicked, usedBytes: await usedHeap() });
      }
    }
    await cdp.detach();
    return { samples, storage };
  } finally {
    await context.close();
  }
}
