import { type RefObject, Suspense, use, useEffect, useRef, useState } from 'react';
import styled, { createGlobalStyle } from 'styled-components';
import { setLanguage } from '../i18n/i18n';
import type { WidgetController } from '../widget/create-widget';
import { type HandoffKit, loadHandoffKit } from '../widget/handoff-kit';
import { Announcer } from './parts/Announcer';
import { CallerPanel } from './parts/CallerPanel';
import { FollowUpText } from './parts/FollowUpText';
import { GroupPanel } from './parts/GroupPanel';
import { Muted, Screen } from './parts/layout';
import { Notices } from './parts/Notices';
import { WaitingDialBanner } from './parts/WaitingDialBanner';
import { ConnectedScreen } from './screens/ConnectedScreen';
import { HandoffScreen } from './screens/HandoffScreen';
import { IdleScreen } from './screens/IdleScreen';
import { IncomingScreen } from './screens/IncomingScreen';
import { NumberScreen } from './screens/NumberScreen';
import { RemoteScreen } from './screens/RemoteScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { WrapUpScreen } from './screens/WrapUpScreen';
import { colors } from './theme';
import { useTranslation } from './use-translation';
import { useWidgetState } from './use-widget-state';

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
 * The deep-link chunk. Always the same promise, so React suspends at most once: it
 * remembers a settled promise and reads its value synchronously afterwards.
 */
function useHandoffKit(): HandoffKit {
  return use(loadHandoffKit());
}

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

function CallScreen({ controller }: { controller: WidgetController }) {
  const state = useWidgetState(controller);
  const kit = useHandoffKit();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const { phase } = state.call;
  const caller =
    phase.status === 'idle' || phase.status === 'numberNeeded' ? null : (
      <CallerPanel
        callId={phase.call.id}
        lookup={state.lookup}
        state={state.callerLookup}
        workflows={state.workflows}
        onChoose={controller.chooseCallerEntry}
        onRunWorkflow={controller.runWorkflow}
      />
    );
  // Group calls and follow-up texts are OpenPhone links: CsCall has nothing like them.
  const openPhone = state.provider === 'openPhone';
  const group =
    openPhone && (phase.status === 'handedOff' || phase.status === 'connected') ? (
      <GroupPanel
        key={phase.call.id}
        kit={kit}
        call={phase.call}
        teammates={state.settings.teammates}
      />
    ) : null;
  // A dial closes Settings; the agent comes back to the ready screen after the call.
  const busy = phase.status !== 'idle';
  useEffect(() => {
    if (busy) setSettingsOpen(false);
  }, [busy]);

  switch (phase.status) {
    case 'idle':
      return settingsOpen ? (
        <SettingsScreen
          settings={state.settings}
          provider={state.provider}
          adminLookup={state.admin.lookup}
          demoLookup={state.admin.demoLookup}
          kit={kit}
          onSave={controller.saveSettings}
          onConfirmCareSoftLogin={controller.confirmCareSoftLogin}
          onLogOutOfCareSoft={controller.logOutOfCareSoft}
          onClose={() => setSettingsOpen(false)}
        />
      ) : (
        <IdleScreen
          lastCall={phase.lastCall}
          onOpenSettings={() => setSettingsOpen(true)}
          available={state.available}
          onAvailableChange={controller.setAvailable}
          onLogIncomingCall={controller.logIncomingCall}
        />
      );
    case 'numberNeeded':
      return (
        <NumberScreen
          key={phase.id}
          dial={phase.dial}
          number={phase.number}
          onCorrect={controller.correctNumber}
          onCancel={controller.cancel}
        />
      );
    case 'handedOff':
      if (phase.call.direction === 'INBOUND') {
        return (
          <IncomingScreen
            call={phase.call}
            hubSpotMatch={state.hubSpotMatch}
            onAnswered={controller.answer}
            onMissed={controller.missed}
            onDeclined={controller.declined}
            onOpenRecord={controller.openRecord}
            caller={caller}
          />
        );
      }
      return (
        <HandoffScreen
          call={phase.call}
          settings={state.settings}
          provider={state.provider}
          kit={kit}
          onChooseCallerId={controller.chooseCallerId}
          onAnswered={controller.answer}
          onNoAnswer={controller.noAnswer}
          onBusy={controller.busy}
          onCancel={controller.cancel}
          caller={caller}
          group={group}
        />
      );
    case 'connected':
      return (
        <ConnectedScreen
          call={phase.call}
          answeredAt={phase.answeredAt}
          onHangUp={controller.hangUp}
          caller={caller}
          group={group}
        />
      );
    case 'wrapUp':
      return (
        <WrapUpScreen
          phase={phase}
          onChooseOutcome={controller.chooseOutcome}
          onEditNotes={controller.editNotes}
          onSave={controller.save}
          caller={caller}
          followUp={
            openPhone ? (
              <FollowUpText
                key={phase.call.id}
                kit={kit}
                call={phase.call}
                endStatus={phase.endStatus}
                templates={state.settings.textTemplates}
                agentName={state.settings.agentName}
                saving={phase.savingSince !== null}
                onTextSent={controller.recordFollowUpText}
              />
            ) : null
          }
        />
      );
  }
}

export function App({ controller }: { controller: WidgetController }) {
  const state = useWidgetState(controller);
  const { t } = useTranslation();
  const shell = useRef<HTMLElement>(null);
  // The agent's choice in Settings, else the browser's; sets <html lang> too.
  const chosenLanguage = state.settings.language;
  useEffect(() => setLanguage(chosenLanguage), [chosenLanguage]);
  useFitToContent(shell, controller.requestSize);
  const { waitingDial, phase } = state.call;

  return (
    <Shell ref={shell}>
      <GlobalStyle />
      <Announcer phase={phase} />
      <Notices notices={state.notices} onDismiss={controller.dismissNotice} />
      {waitingDial !== null && (
        <WaitingDialBanner
          waiting={waitingDial}
          callInProgress={phase.status !== 'idle'}
          onTake={controller.takeWaitingDial}
          onDismiss={controller.dismissWaitingDial}
        />
      )}
      {state.host.status === 'connecting' ? (
        <Screen>
          <Muted role="status">{t('app.connecting')}</Muted>
        </Screen>
      ) : state.host.context.iframeLocation === 'remote' && state.host.context.usesCallingWindow ? (
        <RemoteScreen
          phase={phase}
          available={state.available}
          onAvailableChange={controller.setAvailable}
          onLogIncomingCall={controller.logIncomingCall}
        />
      ) : (
        <Suspense
          fallback={
            <Screen>
              <Muted role="status">{t('app.loading')}</Muted>
            </Screen>
          }
        >
          <CallScreen controller={controller} />
        </Suspense>
      )}
    </Shell>
  );
}
