import styled from 'styled-components';
import type { WaitingDial } from '../../call/state';
import { colors } from '../theme';
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

/** HubSpot asked for another call while one is live: the agent decides, nothing is dropped. */
export function WaitingDialBanner({ waiting, callInProgress, onTake, onDismiss }: Props) {
  const number =
    waiting.number.kind === 'valid' ? waiting.number.display : waiting.dial.phoneNumber;
  const takeLabel = callInProgress ? 'Call next' : 'Call now';
  return (
    <Banner role="alert">
      <p>
        HubSpot asked to call {number}.{' '}
        {waiting.queued
          ? 'It will be handed off as soon as this call is saved.'
          : callInProgress
            ? 'Finish this call first, or call it next.'
            : 'Call it now?'}
      </p>
      {!waiting.queued && (
        <ButtonRow>
          <Button $tone="primary" onClick={onTake}>
            {takeLabel}
          </Button>
          <Button onClick={onDismiss}>Ignore</Button>
        </ButtonRow>
      )}
      {waiting.queued && <Button onClick={onDismiss}>Don't call next</Button>}
    </Banner>
  );
}
