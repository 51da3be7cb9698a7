import { type ReactNode, type RefObject, Suspense, use, useEffect, useRef } from 'react';
import styled, { createGlobalStyle } from 'styled-components';
import { setLanguage } from '../i18n/i18n';
import type { WidgetController } from '../widget/create-widget';
import type { WidgetState } from '../widget/widget-state';
import { CallScreen } from './CallScreen';
import { HandoffKitContext } from './handoff-kit-context';
import { Announcer, announcementOf, sameAnnouncement } from './parts/Announcer';
import { Muted, Screen } from './parts/layout';
import { Notices } from './parts/Notices';
import { WaitingDialBanner } from './parts/WaitingDialBanner';
import { RemoteScreen } from './screens/RemoteScreen';
import { colors } from './theme';
import { useTranslation } from './use-translation';
import { sameFields, useWidgetState } from './use-widget-state';

const GlobalStyle = createGlobalStyle`
  html, body {
    margin: 0;
    font: 14px/1.45 "Lexend Deca", "Helvetica Neue", Arial, sans-serif;
    color: ${colors.text};
    background: #fff;
  }
  /* Links and disclosure summaries get the same ring as buttons and fields. */
  a:focus-visible,
  summary:focus-visible {
    outline: 3px solid ${colors.focus};
    outline-offset: 2px;
  }
`;

// No minimum height: the shell's own height is what the screen needs, which the frame
// then asks HubSpot for (useFitToContent).
const Shell = styled.main`
  box-sizing: border-box;
`;

/** The tallest frame the widget asks HubSpot for: its call sidebar is about this high. */
export const tallestFrame = 700;

/**
 * Asks HubSpot (`resizeWidget`) for the height the screen needs, up to `tallestFrame`, and
 * back down again when a screen needs less, never below the height HubSpot first gave the
 * frame (its registered size), so the sidebar does not jump on every short screen. Taller
 * screens scroll inside the frame with their actions kept in view (`ActionBar`).
 */
function useFitToContent(
  shell: RefObject<HTMLElement | null>,
  requestSize: WidgetController['requestSize'],
) {
  useEffect(() => {
    const element = shell.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const given = Math.min(window.innerHeight, tallestFrame);
    let asked = given;
    const observer = new ResizeObserver(() => {
      const content = Math.ceil(element.getBoundingClientRect().height);
      const needed = Math.max(given, Math.min(content, tallestFrame));
      if (needed !== asked) {
        asked = needed;
        requestSize({ width: window.innerWidth, height: needed });
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [shell, requestSize]);
}

type Bound = { controller: WidgetController };

/**
 * The deep-link code, read by the screens that make links (`useHandoffKit`). Always the
 * same promise (`controller.handoffKit`), so React suspends at most once: it remembers a
 * settled promise and reads its value synchronously afterwards.
 */
function HandoffKitProvider({ controller, children }: Bound & { children: ReactNode }) {
  const kit = use(controller.handoffKit());
  return <HandoffKitContext value={kit}>{children}</HandoffKitContext>;
}

const noticesOf = (state: WidgetState) => state.notices;

function NoticesShown({ controller }: Bound) {
  return (
    <Notices notices={useWidgetState(controller, noticesOf)} onDismiss={controller.dismissNotice} />
  );
}

const waitingOf = (state: WidgetState) => ({
  waiting: state.call.waitingDial,
  callInProgress: state.call.phase.status !== 'idle',
});

function WaitingDial({ controller }: Bound) {
  const { waiting, callInProgress } = useWidgetState(controller, waitingOf, sameFields);
  if (waiting === null) return null;
  return (
    <WaitingDialBanner
      waiting={waiting}
      callInProgress={callInProgress}
      onTake={controller.takeWaitingDial}
      onDismiss={controller.dismissWaitingDial}
    />
  );
}

const announcementIn = (state: WidgetState) => announcementOf(state.call.phase);

function Announced({ controller }: Bound) {
  return <Announcer announcement={useWidgetState(controller, announcementIn, sameAnnouncement)} />;
}

const remoteOf = (state: WidgetState) => ({
  busyElsewhere: state.otherCalls.length > 0,
  available: state.available,
});

/** The navigation-bar frame of an app that works calls in HubSpot's calling window. */
function Remote({ controller }: Bound) {
  const { busyElsewhere, available } = useWidgetState(controller, remoteOf, sameFields);
  return (
    <RemoteScreen
      busyElsewhere={busyElsewhere}
      available={available}
      onAvailableChange={controller.setAvailable}
      onLogIncomingCall={controller.logIncomingCall}
    />
  );
}

/** Where HubSpot put the widget: not yet known, the navigation bar, or a call screen. */
const placeOf = (state: WidgetState) =>
  state.host.status === 'connecting'
    ? 'connecting'
    : state.host.context.iframeLocation === 'remote' &&
        state.host.context.usesCallingWindow &&
        // A call logged here is this frame's own: it is worked here, never in another frame.
        state.call.phase.status === 'idle'
      ? 'remote'
      : 'calls';

const languageOf = (state: WidgetState) => state.settings.language;

export function App({ controller }: Bound) {
  const { t } = useTranslation();
  const shell = useRef<HTMLElement>(null);
  const place = useWidgetState(controller, placeOf);
  // The agent's choice in Settings, else the browser's; sets <html lang> too.
  const chosenLanguage = useWidgetState(controller, languageOf);
  useEffect(() => setLanguage(chosenLanguage), [chosenLanguage]);
  useFitToContent(shell, controller.requestSize);

  return (
    <Shell ref={shell}>
      <GlobalStyle />
      <Announced controller={controller} />
      <NoticesShown controller={controller} />
      <WaitingDial controller={controller} />
      {place === 'connecting' ? (
        <Screen>
          <Muted role="status">{t('app.connecting')}</Muted>
        </Screen>
      ) : place === 'remote' ? (
        <Remote controller={controller} />
      ) : (
        <Suspense
          fallback={
            <Screen>
              <Muted role="status">{t('app.loading')}</Muted>
            </Screen>
          }
        >
          <HandoffKitProvider controller={controller}>
            <CallScreen controller={controller} />
          </HandoffKitProvider>
        </Suspense>
      )}
    </Shell>
  );
}
