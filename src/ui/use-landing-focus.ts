import { useEffect, useRef } from 'react';

/**
 * When the call moves to another step, the button the agent pressed is gone and focus would
 * drop to the page body, where Tab starts over and a screen reader loses its place: it lands
 * on the new screen's heading instead. Focus the agent put somewhere else is left alone, and
 * nothing is focused when the widget first shows (HubSpot's page keeps its focus).
 */
export function useLandingFocus(step: string): void {
  const shown = useRef(step);
  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading === null) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }, [step]);
}
