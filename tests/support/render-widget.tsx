import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/ui/App';
import { loadHandoffKit } from '../../src/widget/handoff-kit';
import { testWidget } from './test-widget';

type Options = Parameters<typeof testWidget>[0] & {
  /** False leaves the widget waiting for HubSpot's handshake. */
  ready?: boolean;
};

/**
 * Renders the whole widget as HubSpot's iframe shows it, over a real runtime with a
 * recording `send`. The deep-link kit is loaded first, so screens never show the
 * Suspense fallback.
 */
export async function renderWidget({ ready = true, ...options }: Options = {}) {
  await loadHandoffKit();
  const widget = testWidget(options);
  const user = userEvent.setup();
  const view = render(<App controller={widget.controller} />);
  // Async act: the first screen may suspend once on the kit's promise, even when settled.
  if (ready) {
    await act(async () => {
      widget.ready();
    });
  }
  return {
    ...widget,
    view,
    user,
    /** HubSpot's `onDialNumber`, with the time the widget needs to prepare the call. */
    dial: (payload?: unknown) => act(() => widget.dial(payload)),
    /** Any other message from HubSpot. */
    receive: (message: Parameters<typeof widget.widget.receive>[0]) =>
      act(() => widget.widget.receive(message)),
  };
}
