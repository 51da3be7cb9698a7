import styled from 'styled-components';
import type { WaitingDial } from '../../call/state';
import { colors } from '../theme';
import { useTranslation } from '../use-translation';
import { Button, ButtonRow } from './Button';

const Banner = styled.div`
  display: flex;
  flex-direction: column;
  gap: 8px;
  margin: 8px 16px 0;
  padding: 10px;
  border: 1px solid ${colors.teal};
  border-radius: 3px;
  background: ${colors.infoSurface};
  font-size: 13px;
  p {
    margin: 0;
  }
`;

interface Props {
  waiting: WaitingDial;
  callInProgress: boolean;
  onTake: () => void;
  onDismiss: () => void;
}

/**
 * HubSpot asked for another call while one is live: the agent decides. Only the newest
 * request waits; how many it replaced is said, so none disappears unseen.
 */
export function WaitingDialBanner({ waiting, callInProgress, onTake, onDismiss }: Props) {
  const { t, count } = useTranslation();
  const number =
    waiting.number.kind === 'valid' ? waiting.number.display : waiting.dial.phoneNumber;
  const takeLabel = callInProgress ? t('waiting.callNext') : t('waiting.callNow');
  return (
    <Banner role="alert">
      <p>
        {t('waiting.asked', { number })}{' '}
        {waiting.queued
          ? t('waiting.queued')
          : callInProgress
            ? t('waiting.finishFirst')
            : t('waiting.callItNow')}
      </p>
      {waiting.dropped > 0 && (
        <p>{t('waiting.dropped', { count: waiting.dropped, formatted: count(waiting.dropped) })}</p>
      )}
      {!waiting.queued && (
        <ButtonRow>
          <Button $tone="primary" onClick={onTake}>
            {takeLabel}
          </Button>
          <Button onClick={onDismiss}>{t('waiting.ignore')}</Button>
        </ButtonRow>
      )}
      {waiting.queued && <Button onClick={onDismiss}>{t('waiting.dontCallNext')}</Button>}
    </Banner>
  );
}
