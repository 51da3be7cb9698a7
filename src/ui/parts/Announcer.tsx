import styled from 'styled-components';
import type { CallPhase } from '../../call/state';
import { type Translation, useTranslation } from '../use-translation';

// Read by screen readers, not drawn: the screens already show all of it.
const Hidden = styled.div`
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
`;

function announcement(phase: CallPhase, t: Translation['t'], duration: Translation['duration']) {
  switch (phase.status) {
    case 'idle':
      return phase.lastCall === null ? '' : t('announce.saved');
    case 'numberNeeded':
      return t('announce.numberNeeded');
    case 'handedOff':
      return phase.call.direction === 'INBOUND' ? t('announce.incoming') : t('announce.handedOff');
    case 'connected':
      return t('announce.connected');
    case 'wrapUp':
      return phase.answeredAt === null
        ? t('announce.wrapUpUnanswered')
        : t('announce.wrapUp', { duration: duration(phase.endedAt - phase.answeredAt) });
  }
}

/**
 * The one polite live region: says when the call changes step (handed off, connected,
 * ended, saved), never the timer's ticks. Its text changes only with the step.
 */
export function Announcer({ phase }: { phase: CallPhase }) {
  const { t, duration } = useTranslation();
  return (
    <Hidden aria-live="polite" aria-atomic="true" data-testid="announcer">
      {announcement(phase, t, duration)}
    </Hidden>
  );
}
