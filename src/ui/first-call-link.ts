// HubSpot loads the widget when the agent clicks Call and dials the moment the widget says
// `initialized`. The screens (React, styles, words) take far longer to load and start than
// that; this draws what the agent needs at once, the call's deep link and then its QR code
// (for an agent at a desk, what they scan), straight into the page, until the screens
// replace it (React empties its root on its first render). Plain DOM and no words, so it
// needs neither React nor the catalogues: the link reads as the phone app's name and the
// number. The QR code's encoder is a chunk of its own, fetched once the link is drawn, so
// the link never waits for it.
import type { LiveCall } from '../call/state';
import { openPhoneDialUrl } from '../handoff/openphone';
import { type PhoneProvider, providerFor } from '../settings/settings';
import type { WidgetState } from '../widget/widget-state';

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

function draw(link: FirstCallLink, accent: string): HTMLElement {
  const anchor = document.createElement('a');
  anchor.href = link.href;
  anchor.textContent = link.text;
  Object.assign(anchor.style, {
    display: 'block',
    padding: '12px 16px',
    borderRadius: '3px',
    background: accent,
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

const svgNamespace = 'http://www.w3.org/2000/svg';

/** The link's QR code, as the handoff screen draws it (`handoff/QrCode.tsx`). */
function drawQrCode(link: FirstCallLink, code: { side: number; path: string }): SVGSVGElement {
  const svg = document.createElementNS(svgNamespace, 'svg');
  const size = '176';
  const attributes: [string, string][] = [
    ['role', 'img'],
    ['aria-label', link.text],
    ['width', size],
    ['height', size],
    ['viewBox', `0 0 ${code.side} ${code.side}`],
    ['shape-rendering', 'crispEdges'],
  ];
  for (const [name, value] of attributes) svg.setAttribute(name, value);
  Object.assign(svg.style, { display: 'block', margin: '16px auto 0' });
  const background = document.createElementNS(svgNamespace, 'rect');
  background.setAttribute('width', String(code.side));
  background.setAttribute('height', String(code.side));
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(svgNamespace, 'path');
  modules.setAttribute('d', code.path);
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  return svg;
}

/**
 * Keeps `root` showing the handed-off call's link while `state()` has one, and empty when
 * not, as a button in `accent` (the screens' `colors.accent`, handed in by the entry: as a
 * chunk shared with the screens, the theme was one more file the first dial waited for).
 * Returns the function that stops it, for when the screens take over `root`.
 */
export function showFirstCallLink(
  root: HTMLElement,
  state: () => WidgetState,
  subscribe: (listener: () => void) => () => void,
  accent: string,
): () => void {
  let shown: FirstCallLink | null = null;
  let stopped = false;
  const update = () => {
    const link = linkOf(state());
    if (link?.href === shown?.href && link?.text === shown?.text) return;
    shown = link;
    if (link === null) {
      root.replaceChildren();
      return;
    }
    const view = draw(link, accent);
    root.replaceChildren(view);
    void import('../handoff/qr-path').then(
      ({ qrPath }) => {
        // Only onto the view it was fetched for: not once the call moved on or the screens
        // took over.
        if (stopped || shown !== link) return;
        try {
          view.append(drawQrCode(link, qrPath(link.href)));
        } catch {
          // A link too long for a QR code: the screens say so; the link still works.
        }
      },
      () => undefined,
    );
  };
  update();
  const unsubscribe = subscribe(update);
  return () => {
    stopped = true;
    unsubscribe();
  };
}
