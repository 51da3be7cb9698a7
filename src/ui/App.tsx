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

const Shell = styled.main`
  min-height: 100vh;
  box-sizing: border-box;
`;

/**
 * Asks HubSpot for a taller iframe when a screen does not fit (`resizeWidget`);
 * HubSpot's call sidebar is sized for the short screens.
 */
function useFitToContent(
  shell: RefObject<HTMLElement | null>,
  requestSize: WidgetController['requestSize'],
) {
  const asked = useRef(0);
  useEffect(() => {
    const element = shell.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const needed = Math.min(Math.ceil(element.scrollHeight), 1000);
      if (needed > window.innerHeight && needed !== asked.current) {
        asked.current = needed;
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
  phase: state.call.phase,
  available: state.available,
});

/** The navigation-bar frame of an app that works calls in HubSpot's calling window. */
function Remote({ controller }: Bound) {
  const { phase, available } = useWidgetState(controller, remoteOf, sameFields);
  return (
    <RemoteScreen
      phase={phase}
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
    : state.host.context.iframeLocation === 'remote' && state.host.context.usesCallingWindow
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
