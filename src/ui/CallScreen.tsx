import { type ReactNode, useState } from 'react';
import { assertNever } from '../assert-never';
import type { CallId } from '../call/ids';
import { careSoftExpiresSoon, careSoftSignIn } from '../widget/caresoft-sign-in';
import type { WidgetController } from '../widget/create-widget';
import { liveCallOf } from '../widget/live-call';
import type { WidgetState } from '../widget/widget-state';
import { CallerPanel } from './parts/CallerPanel';
import { FollowUpText } from './parts/FollowUpText';
import { GroupPanel } from './parts/GroupPanel';
import { ConnectedScreen } from './screens/ConnectedScreen';
import { HandoffScreen } from './screens/HandoffScreen';
import { IdleScreen } from './screens/IdleScreen';
import { IncomingScreen } from './screens/IncomingScreen';
import { NumberScreen } from './screens/NumberScreen';
import { RecalledScreen } from './screens/RecalledScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { WrapUpScreen } from './screens/WrapUpScreen';
import { useLandingFocus } from './use-landing-focus';
import { sameFields, useWidgetState } from './use-widget-state';

// Each screen below reads only its own part of the state: a keystroke in the wrap-up
// notes re-renders the wrap-up screen, while the caller card and "Send a text", made by
// CallScreen (which reads no notes), keep their elements and are not rendered again.

type Bound = { controller: WidgetController };

const phaseOf = (state: WidgetState) => state.call.phase;

/** What decides which screen shows: the step, the call, the direction, the phone app. */
const screenOf = (state: WidgetState) => {
  const { phase } = state.call;
  const call = liveCallOf(phase);
  return {
    status: phase.status,
    callId: call?.id ?? (phase.status === 'numberNeeded' ? phase.id : null),
    inbound: call?.direction === 'INBOUND',
    // Group calls and follow-up texts are OpenPhone links: CsCall has nothing like them.
    openPhone: state.provider === 'openPhone',
  };
};

const callerOf = (state: WidgetState) => ({
  lookup: state.lookup,
  lookupState: state.callerLookup,
  workflows: state.workflows,
});

function CallerCard({ controller, callId }: Bound & { callId: CallId }) {
  const { lookup, lookupState, workflows } = useWidgetState(controller, callerOf, sameFields);
  return (
    <CallerPanel
      callId={callId}
      lookup={lookup}
      state={lookupState}
      workflows={workflows}
      onChoose={controller.chooseCallerEntry}
      onRunWorkflow={controller.runWorkflow}
    />
  );
}

const groupOf = (state: WidgetState) => ({
  call: liveCallOf(state.call.phase),
  teammates: state.settings.teammates,
});

function GroupCard({
  controller,
  onOpenChange,
}: Bound & { onOpenChange: (open: boolean) => void }) {
  const { call, teammates } = useWidgetState(controller, groupOf, sameFields);
  return call === null ? null : (
    <GroupPanel call={call} teammates={teammates} onOpenChange={onOpenChange} />
  );
}

const followUpOf = (state: WidgetState) => {
  const { phase } = state.call;
  return {
    phase: phase.status === 'wrapUp' ? phase : null,
    templates: state.settings.textTemplates,
    agentName: state.settings.agentName,
  };
};

/** What "Send a text" reads: the call and how it ended, never the notes. */
const sameFollowUp = (a: ReturnType<typeof followUpOf>, b: ReturnType<typeof followUpOf>) =>
  a.phase?.call === b.phase?.call &&
  a.phase?.endStatus === b.phase?.endStatus &&
  (a.phase?.savingSince ?? null) === (b.phase?.savingSince ?? null) &&
  a.templates === b.templates &&
  a.agentName === b.agentName;

function FollowUpCard({ controller }: Bound) {
  const { phase, templates, agentName } = useWidgetState(controller, followUpOf, sameFollowUp);
  if (phase === null) return null;
  return (
    <FollowUpText
      call={phase.call}
      endStatus={phase.endStatus}
      templates={templates}
      agentName={agentName}
      saving={phase.savingSince !== null}
      onTextSent={controller.recordFollowUpText}
    />
  );
}

const idleOf = (state: WidgetState) => ({
  lastCall: state.call.phase.status === 'idle' ? state.call.phase.lastCall : null,
  available: state.available,
  // The clock only matters for a token's expiry, read when the ready screen renders.
  careSoft: careSoftSignIn(state, Date.now()),
  careSoftExpiresAt: careSoftExpiresSoon(state, Date.now()),
});

function IdleStep({ controller, onOpenSettings }: Bound & { onOpenSettings: () => void }) {
  const { lastCall, available, careSoft, careSoftExpiresAt } = useWidgetState(
    controller,
    idleOf,
    sameFields,
  );
  return (
    <IdleScreen
      lastCall={lastCall}
      careSoft={careSoft}
      careSoftExpiresAt={careSoftExpiresAt}
      onOpenSettings={onOpenSettings}
      available={available}
      onAvailableChange={controller.setAvailable}
      onLogIncomingCall={controller.logIncomingCall}
    />
  );
}

const settingsOf = (state: WidgetState) => ({
  settings: state.settings,
  provider: state.provider,
  adminLookup: state.admin.lookup,
  demoLookup: state.admin.demoLookup,
});

function SettingsStep({ controller, onClose }: Bound & { onClose: () => void }) {
  const view = useWidgetState(controller, settingsOf, sameFields);
  return <SettingsScreen {...view} onSave={controller.saveSettings} onClose={onClose} />;
}

function NumberStep({ controller }: Bound) {
  const phase = useWidgetState(controller, phaseOf);
  if (phase.status !== 'numberNeeded') return null;
  return (
    <NumberScreen
      dial={phase.dial}
      number={phase.number}
      onCorrect={controller.correctNumber}
      onCancel={controller.cancel}
    />
  );
}

const handoffOf = (state: WidgetState) => ({
  phase: state.call.phase,
  canceling: state.cancelPending !== null,
  settings: state.settings,
  provider: state.provider,
  hubSpotMatch: state.hubSpotMatch,
  // Read when the call is handed off: the clock only matters for the token's expiry.
  careSoftExpiresAt: careSoftExpiresSoon(state, Date.now()),
});

function HandoffStep({
  controller,
  caller,
  group,
  qr,
}: Bound & { caller: ReactNode; group: ReactNode; qr: boolean }) {
  const { phase, settings, provider, canceling, careSoftExpiresAt } = useWidgetState(
    controller,
    handoffOf,
    sameFields,
  );
  if (phase.status !== 'handedOff') return null;
  return (
    <HandoffScreen
      call={phase.call}
      settings={settings}
      provider={provider}
      onChooseCallerId={controller.chooseCallerId}
      onAnswered={controller.answer}
      onNoAnswer={controller.noAnswer}
      onBusy={controller.busy}
      onCancel={controller.cancelWithUndo}
      canceling={canceling}
      careSoftExpiresAt={careSoftExpiresAt}
      onUndoCancel={controller.undoCancel}
      caller={caller}
      group={group}
      qr={qr}
    />
  );
}

function IncomingStep({ controller, caller }: Bound & { caller: ReactNode }) {
  const { phase, hubSpotMatch } = useWidgetState(controller, handoffOf, sameFields);
  if (phase.status !== 'handedOff') return null;
  return (
    <IncomingScreen
      call={phase.call}
      hubSpotMatch={hubSpotMatch}
      onAnswered={controller.answer}
      onMissed={controller.missed}
      onDeclined={controller.declined}
      onOpenRecord={controller.openRecord}
      caller={caller}
    />
  );
}

function ConnectedStep({
  controller,
  caller,
  group,
}: Bound & { caller: ReactNode; group: ReactNode }) {
  const phase = useWidgetState(controller, phaseOf);
  if (phase.status !== 'connected') return null;
  return (
    <ConnectedScreen
      call={phase.call}
      answeredAt={phase.answeredAt}
      onHangUp={controller.hangUp}
      caller={caller}
      group={group}
    />
  );
}

/** The admin's `?sync=on`: the phone's own record brings the duration and the recording. */
const phoneSyncOf = (state: WidgetState) => state.admin.phoneSync;

function WrapUpStep({
  controller,
  caller,
  followUp,
}: Bound & { caller: ReactNode; followUp: ReactNode }) {
  const phase = useWidgetState(controller, phaseOf);
  const phoneSync = useWidgetState(controller, phoneSyncOf);
  if (phase.status !== 'wrapUp') return null;
  return (
    <WrapUpScreen
      phase={phase}
      phoneSync={phoneSync}
      onChooseOutcome={controller.chooseOutcome}
      onEditNotes={controller.editNotes}
      onSave={controller.save}
      caller={caller}
      followUp={followUp}
    />
  );
}

function RecalledStep({ controller }: Bound) {
  const phase = useWidgetState(controller, phaseOf);
  if (phase.status !== 'recalled') return null;
  return (
    <RecalledScreen
      phase={phase}
      onChooseOutcome={controller.chooseOutcome}
      onEditNotes={controller.editNotes}
      onSave={controller.finishRecalledCall}
      onDismiss={controller.dismissRecalledCall}
    />
  );
}

/** The screen for the call's step; Settings open from the ready screen. */
export function CallScreen({ controller }: Bound) {
  const { status, callId, inbound, openPhone } = useWidgetState(controller, screenOf, sameFields);
  const [settingsOpen, setSettingsOpen] = useState(false);
  // Add people has its own QR code: while it is open, the call's is folded away.
  const [groupOpenFor, setGroupOpenFor] = useState<CallId | null>(null);
  const groupOpen = callId !== null && groupOpenFor === callId;
  // Settings stay open through a call that comes meanwhile, hidden: the agent comes back to
  // them after it with what they typed, which only Done saves.
  const busy = status !== 'idle';
  useLandingFocus(`${status}:${callId}:${settingsOpen && !busy}`);

  const caller = callId === null ? null : <CallerCard controller={controller} callId={callId} />;
  const group = openPhone ? (
    <GroupCard
      key={callId}
      controller={controller}
      onOpenChange={(open) => setGroupOpenFor(open ? callId : null)}
    />
  ) : null;
  const step = (): ReactNode => {
    switch (status) {
      case 'idle':
        return settingsOpen ? null : (
          <IdleStep controller={controller} onOpenSettings={() => setSettingsOpen(true)} />
        );
      case 'numberNeeded':
        return <NumberStep key={callId} controller={controller} />;
      case 'handedOff':
        return inbound ? (
          <IncomingStep controller={controller} caller={caller} />
        ) : (
          <HandoffStep controller={controller} caller={caller} group={group} qr={!groupOpen} />
        );
      case 'connected':
        return <ConnectedStep controller={controller} caller={caller} group={group} />;
      case 'wrapUp':
        return (
          <WrapUpStep
            controller={controller}
            caller={caller}
            followUp={openPhone ? <FollowUpCard key={callId} controller={controller} /> : null}
          />
        );
      case 'recalled':
        return <RecalledStep controller={controller} />;
      default:
        return assertNever(status);
    }
  };
  return (
    <>
      {step()}
      {/* After the call's screen, so its heading is the one focus lands on. */}
      {settingsOpen && (
        <div hidden={busy}>
          <SettingsStep controller={controller} onClose={() => setSettingsOpen(false)} />
        </div>
      )}
    </>
  );
}
