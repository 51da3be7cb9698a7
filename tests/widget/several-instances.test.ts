import { describe, expect, it } from 'vitest';
import { resumeGraceMs } from '../../src/journal/call-journal';
import { fakeBrowser } from '../journal/fake-browser';
import { testWidget } from '../support/test-widget';
import { wordedNotices } from '../support/worded-notices';

describe('createWidget: several instances share one storage', () => {
  it('a second widget opened during a call starts ready and hands off its own dial', async () => {
    const browser = fakeBrowser();
    const first = testWidget({
      storage: browser.storage,
      instances: browser.page(browser.newTab()).ports,
    });
    first.ready();
    await browser.settle();
    await first.dial();
    const second = testWidget({
      storage: browser.storage,
      instances: browser.page(browser.newTab()).ports,
    });
    second.ready();
    await browser.settle();
    expect(second.phase().status).toBe('idle');
    await second.dial({ phoneNumber: '+33 1 23 45 67 89', countryCode: 'FR' });
    expect(second.phase()).toMatchObject({
      status: 'handedOff',
      call: { to: { e164: '+33123456789' } },
    });
    expect(second.state().call.waitingDial).toBeNull();
    expect(first.phase()).toMatchObject({
      status: 'handedOff',
      call: { to: { e164: '+14107934326' } },
    });
  });

  it('sends nothing until it owns its record, then what was waiting', async () => {
    const browser = fakeBrowser();
    const widget = testWidget({
      storage: browser.storage,
      instances: browser.page(browser.newTab()).ports,
    });
    widget.ready();
    expect(widget.sentTypes()).toEqual(['initialized', 'userAvailable']);
    await browser.settle();
    await widget.dial();
    expect(widget.sentTypes()).toEqual(['initialized', 'userAvailable', 'outgoingCall']);
  });

  it('takes over the call of a widget that went away and did not come back, and says nothing twice', async () => {
    const browser = fakeBrowser();
    const gone = browser.page(browser.newTab());
    const first = testWidget({ storage: browser.storage, instances: gone.ports });
    first.ready();
    await browser.settle();
    await first.dial();
    first.controller.answer();
    first.widget.release();
    gone.vanish();

    const next = testWidget({
      storage: browser.storage,
      instances: browser.page(browser.newTab()).ports,
    });
    next.ready();
    await browser.settle();
    expect(next.phase().status).toBe('idle');
    // The widget's clock and the browser's timers move together.
    next.advance(resumeGraceMs + 1);
    await browser.advance(resumeGraceMs + 1);
    expect(next.phase()).toMatchObject({ status: 'connected', call: { id: 'call-1' } });
    next.controller.hangUp();
    next.controller.save();
    expect(next.sentTypes()).toEqual([
      'initialized',
      'userAvailable',
      'callEnded',
      'callCompleted',
    ]);
    expect(wordedNotices(next.state().notices)).toEqual([]);
  });
});
