import type { Message } from '../../i18n/message';
import { AvailabilitySwitch } from '../parts/AvailabilitySwitch';
import { IncomingCallForm } from '../parts/IncomingCallForm';
import { Heading, Muted, Screen } from '../parts/layout';
import { useTranslation } from '../use-translation';

interface Props {
  /** A call is live in another instance of the widget (the calling window, another tab). */
  busyElsewhere: boolean;
  available: boolean;
  onAvailableChange: (available: boolean) => void;
  onLogIncomingCall: (text: string) => Promise<Message | null>;
}

/**
 * The navigation-bar frame (`iframeLocation: remote`) of an app that uses HubSpot's
 * calling window: it stays up across pages for availability and inbound calls. A call
 * logged here stays this frame's (`docs/journal.md`) and is worked on the call screens.
 */
export function RemoteScreen({
  busyElsewhere,
  available,
  onAvailableChange,
  onLogIncomingCall,
}: Props) {
  const { t } = useTranslation();
  return (
    <Screen aria-labelledby="remote-heading">
      <Heading id="remote-heading">Handoff</Heading>
      <AvailabilitySwitch available={available} onChange={onAvailableChange} />
      {/* Known, never taken over: another call does not keep a ringing one from being logged. */}
      {busyElsewhere ? <Muted role="status">{t('remote.busy')}</Muted> : null}
      <IncomingCallForm onLog={onLogIncomingCall} />
    </Screen>
  );
}
