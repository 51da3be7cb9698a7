import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoLookupService } from '../../src/mocks/demo-directory';
import { server } from '../../src/mocks/node';
import { countRenders } from '../setup/render-counter';
import { renderWidget } from '../support/render-widget';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Wrap-up after a connected call, with the caller card and "Send a text" on screen. */
async function wrapUp() {
  const widget = await renderWidget({
    admin: { lookup: { rootUrl: demoLookupService.rootUrl } },
    fetch: (url, init) => fetch(url, init),
  });
  await widget.dial();
  const caller = screen.getByRole('region', { name: 'Caller lookup' });
  await within(caller).findByRole('heading', { name: /Emily Carter/ }, { timeout: 10_000 });
  await widget.user.click(screen.getByRole('button', { name: 'Connected' }));
  await widget.user.click(screen.getByRole('button', { name: 'End call' }));
  expect(screen.getByRole('button', { name: 'Send a text' })).toBeInTheDocument();
  return widget;
}

describe('re-renders', () => {
  it('a keystroke in the wrap-up notes re-renders only what shows the notes', async () => {
    const widget = await wrapUp();
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    const counting = countRenders();
    await widget.user.type(notes, 'abcde');
    const commits = counting.stop();
    const rendered = commits.flat();
    const perKeystroke = rendered.length / 5;
    // Printed for the issue notes: how much one keystroke costs.
    console.info(
      `re-renders per keystroke in wrap-up: ${perKeystroke} components in ${commits.length / 5} commit(s): ${commits[0]?.join(', ')}`,
    );
    expect(notes).toHaveValue('abcde');
    // Counted at all: each keystroke commits, and what shows the notes renders.
    expect(commits.length).toBeGreaterThanOrEqual(5);
    expect(perKeystroke).toBeGreaterThan(0);
    for (const untouched of [
      'App',
      'CallScreen',
      'Announcer',
      'Notices',
      'CallerPanel',
      'FollowUpText',
    ]) {
      expect(rendered, `${untouched} rendered on a keystroke`).not.toContain(untouched);
    }
  });
});
