import type { CallPhase } from '../../call/state';
import type { Message } from '../../i18n/message';
import { AvailabilitySwitch } from '../parts/AvailabilitySwitch';
import { IncomingCallForm } from '../parts/IncomingCallForm';
import { Heading, Muted, Screen } from '../parts/layout';
import { useTranslation } from '../use-translation';

interface Props {
  phase: CallPhase;
  available: boolean;
  onAvailableChange: (available: boolean) => void;
  onLogIncomingCall: (text: string) => Promise<Message | null>;
}

/**
 * The navigation-bar frame (`iframeLocation: remote`) of an app that uses HubSpot's
 * calling window: it stays up across pages for availability and inbound calls, while
 * each call itself is worked in the calling window.
 */
export function RemoteScreen({ phase, available, onAvailableChange, onLogIncomingCall }: Props) {
  const { t } = useTranslation();
  const busy = phase.status !== 'idle';
  return (
    <Screen aria-labelledby="remote-heading">
      <Heading id="remote-heading">Handoff</Heading>
      <AvailabilitySwitch available={available} onChange={onAvailableChange} />
      {busy ? (
        <Muted role="status">{t('remote.busy')}</Muted>
      ) : (
        <IncomingCallForm onLog={onLogIncomingCall} />
      )}
    </Screen>
  );
}
