import type { IframeLocation } from './portal';

/**
 * Where HubSpot shows the calling app (docs/contracts.md, HubSpot `onReady`, `iframeLocation`): in the record
 * sidebar alone (`widget`), or, for an app that uses the calling window, in two frames at
 * once, the navigation bar's (`remote`, up on every page for availability and inbound
 * calls) and the calling window's (`window`, where calls are worked), each with its own
 * SDK host.
 */
export type FrameLayout = 'sidebar' | 'calling-window';

/** One of HubSpot's frames, named by the `iframeLocation` its SYNC carries. */
export type FrameName = IframeLocation;

/** The layout's frames in page order: the calling window first, where calls are worked. */
export function framesOf(layout: FrameLayout): readonly FrameName[] {
  return layout === 'sidebar' ? ['widget'] : ['window', 'remote'];
}

/** The frame a click on "Call" reaches: the calling window when there is one. */
export function dialFrameOf(layout: FrameLayout): FrameName {
  return layout === 'sidebar' ? 'widget' : 'window';
}

/** The simulated layout, from the simulator page's own `?location=` (either frame's name). */
export function frameLayoutFrom(search: string): FrameLayout {
  const location = new URLSearchParams(search).get('location');
  return location === 'remote' || location === 'window' ? 'calling-window' : 'sidebar';
}

/** An iframe's size in CSS pixels. */
export interface FrameSize {
  width: number;
  height: number;
}

/**
 * The size an app registers in its calling settings (`width`, `height`); the SDK's own
 * example, and `npm run hubspot:settings create`, register 400 × 600.
 */
export const registeredSize: FrameSize = { width: 400, height: 600 };
