import type { CallCompletion } from '../../call/completion';
import type { MessageKey } from '../../i18n/catalog';
import type { Message } from '../../i18n/message';
import { outcomeLabelKeys } from '../outcome-labels';
import { AvailabilitySwitch } from '../parts/AvailabilitySwitch';
import { Button } from '../parts/Button';
import { IncomingCallForm } from '../parts/IncomingCallForm';
import { Heading, Muted, Screen } from '../parts/layout';
import { useTranslation } from '../use-translation';

/** The last call in one sentence, each combination its own message for translators. */
function lastCallKey(call: CallCompletion): MessageKey {
  const inbound = call.direction === 'INBOUND';
  const timed = call.answeredAt !== null;
  if (call.outcome === null) {
    if (inbound) return timed ? 'idle.lastFromTimed' : 'idle.lastFrom';
    return timed ? 'idle.lastToTimed' : 'idle.lastTo';
  }
  if (inbound) return timed ? 'idle.lastFromOutcomeTimed' : 'idle.lastFromOutcome';
  return timed ? 'idle.lastToOutcomeTimed' : 'idle.lastToOutcome';
}

export function IdleScreen({
  lastCall,
  onOpenSettings,
  available = true,
  onAvailableChange = () => undefined,
  onLogIncomingCall = async () => null,
}: {
  lastCall: CallCompletion | null;
  onOpenSettings: () => void;
  available?: boolean;
  onAvailableChange?: (available: boolean) => void;
  onLogIncomingCall?: (text: string) => Promise<Message | null>;
}) {
  const { t, duration } = useTranslation();
  return (
    <Screen aria-labelledby="idle-heading">
      <Heading id="idle-heading">{t('idle.heading')}</Heading>
      <Muted>{t('idle.hint')}</Muted>
      {/* A call without its timeline record is told by an alert with the notes to copy. */}
      {lastCall !== null && lastCall.engagementId !== null && (
        <Muted role="status">
          {t(lastCallKey(lastCall), {
            number: lastCall.to.display,
            outcome: lastCall.outcome === null ? '' : t(outcomeLabelKeys[lastCall.outcome]),
            duration:
              lastCall.answeredAt === null ? '' : duration(lastCall.endedAt - lastCall.answeredAt),
          })}{' '}
          {t('engagement.created')}
        </Muted>
      )}
      <AvailabilitySwitch available={available} onChange={onAvailableChange} />
      <IncomingCallForm onLog={onLogIncomingCall} />
      <Button onClick={onOpenSettings}>{t('idle.settings')}</Button>
    </Screen>
  );
}
