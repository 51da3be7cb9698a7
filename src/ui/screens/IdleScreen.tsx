import styled from 'styled-components';
import type { CallCompletion } from '../../call/completion';
import type { MessageKey } from '../../i18n/catalog';
import type { Message } from '../../i18n/message';
import type { CareSoftSignIn } from '../../widget/caresoft-sign-in';
import { longDate } from '../long-date';
import { outcomeLabelKeys } from '../outcome-labels';
import { AvailabilitySwitch } from '../parts/AvailabilitySwitch';
import { Button } from '../parts/Button';
import { IncomingCallForm } from '../parts/IncomingCallForm';
import { ErrorText, Heading, Muted, Screen } from '../parts/layout';
import { useTranslation } from '../use-translation';

const ButtonColumn = styled.div`
  display: flex;
  flex-direction: column;
  gap: 8px;
`;

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
  careSoft = 'notNeeded',
  careSoftExpiresAt = null,
  onOpenSettings,
  available = true,
  onAvailableChange = () => undefined,
  onLogIncomingCall = async () => null,
}: {
  lastCall: CallCompletion | null;
  /** With CsCall chosen: whether calls can be handed off, or what to fix in Settings. */
  careSoft?: CareSoftSignIn;
  /** When the CsCall token expires, if that is soon (`careSoftExpiresSoon`). */
  careSoftExpiresAt?: number | null;
  onOpenSettings: () => void;
  available?: boolean;
  onAvailableChange?: (available: boolean) => void;
  onLogIncomingCall?: (text: string) => Promise<Message | null>;
}) {
  const { t, duration, language } = useTranslation();
  const blocked = careSoft !== 'notNeeded' && careSoft !== 'signedIn';
  return (
    <Screen aria-labelledby="idle-heading">
      <Heading id="idle-heading">{t('idle.heading')}</Heading>
      {blocked && (
        <ButtonColumn>
          <ErrorText>{t(`idle.careSoft.${careSoft}`)}</ErrorText>
          <Button $tone="primary" onClick={onOpenSettings}>
            {t('idle.careSoft.openSettings')}
          </Button>
        </ButtonColumn>
      )}
      {!blocked && careSoftExpiresAt !== null && (
        <ButtonColumn>
          <ErrorText>
            {t('idle.careSoft.expiresSoon', { date: longDate(careSoftExpiresAt, language) })}
          </ErrorText>
          <Button onClick={onOpenSettings}>{t('idle.careSoft.openSettings')}</Button>
        </ButtonColumn>
      )}
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
