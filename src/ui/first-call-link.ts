// HubSpot loads the widget when the agent clicks Call and dials the moment the widget says
// `initialized`. The screens (React, styles, words, the QR code) take far longer to load
// and start than that; this draws the one thing the agent needs at once, the call's deep
// link, straight into the page, until the screens replace it (React empties its root on
// its first render). Plain DOM and no words, so it needs neither React nor the catalogues:
// the link reads as the phone app's name and the number.
import type { LiveCall } from '../call/state';
import { openPhoneDialUrl } from '../handoff/openphone';
import { type PhoneProvider, providerFor } from '../settings/settings';
import type { WidgetState } from '../widget/widget-state';
import { colors } from './theme';

/** The link to draw, or null when there is none to draw. */
export interface FirstCallLink {
  href: string;
  text: string;
}

/**
 * The handed-off outbound call's OpenPhone link, exactly as the handoff screen makes it
 * (`callLinkFor`): CsCall's link needs the national number, which only the full phone
 * metadata knows, so CsCall calls wait for the screens.
 */
export function firstCallLinkFor(
  call: LiveCall,
  provider: PhoneProvider,
  autoDial: boolean,
): FirstCallLink | null {
  if (call.direction !== 'OUTBOUND' || provider !== 'openPhone') return null;
  try {
    const href = openPhoneDialUrl({
      to: call.to.e164,
      ...(call.from === null ? {} : { from: call.from }),
      autoCall: autoDial,
    });
    return { href, text: `OpenPhone · ${call.to.display}` };
  } catch {
    // The screens say why there is no link.
    return null;
  }
}

function linkOf(state: WidgetState): FirstCallLink | null {
  const { phase } = state.call;
  if (phase.status !== 'handedOff') return null;
  return firstCallLinkFor(
    phase.call,
    providerFor(state.settings, state.admin.provider),
    state.settings.autoDial,
  );
}

function draw(link: FirstCallLink): HTMLElement {
  const anchor = document.createElement('a');
  anchor.href = link.href;
  anchor.textContent = link.text;
  Object.assign(anchor.style, {
    display: 'block',
    padding: '12px 16px',
    borderRadius: '3px',
    background: colors.accent,
    color: '#fff',
    fontWeight: '600',
    textAlign: 'center',
    textDecoration: 'none',
  });
  const main = document.createElement('main');
  main.dataset.firstCallLink = '';
  Object.assign(main.style, {
    padding: '16px',
    font: '14px/1.45 "Lexend Deca", "Helvetica Neue", Arial, sans-serif',
  });
  main.append(anchor);
  return main;
}

/**
 * Keeps `root` showing the handed-off call's link while `state()` has one, and empty when
 * not. Returns the function that stops it, for when the screens take over `root`.
 */
export function showFirstCallLink(
  root: HTMLElement,
  state: () => WidgetState,
  subscribe: (listener: () => void) => () => void,
): () => void {
  let shown: FirstCallLink | null = null;
  const update = () => {
    const link = linkOf(state());
    if (link?.href === shown?.href && link?.text === shown?.text) return;
    shown = link;
    root.replaceChildren(...(link === null ? [] : [draw(link)]));
  };
  update();
  const unsubscribe = subscribe(update);
  return () => {
    unsubscribe();
  };
}
