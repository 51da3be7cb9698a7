import styled from 'styled-components';
import { assertNever } from '../../assert-never';
import type { CallPhase } from '../../call/state';
import type { MessageKey } from '../../i18n/catalog';
import { useTranslation } from '../use-translation';

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

/** What the live region says for a step of the call: nothing, or a sentence and a call length. */
export interface Announcement {
  key: MessageKey | null;
  duration: number | null;
}

const say = (key: MessageKey | null, duration: number | null = null): Announcement => ({
  key,
  duration,
});

export function announcementOf(phase: CallPhase): Announcement {
  switch (phase.status) {
    case 'idle':
      // A call saved without its timeline record is said by the notice's alert instead.
      return say(
        phase.lastCall === null || phase.lastCall.engagementId === null ? null : 'announce.saved',
      );
    case 'numberNeeded':
      return say('announce.numberNeeded');
    case 'handedOff':
      return say(phase.call.direction === 'INBOUND' ? 'announce.incoming' : 'announce.handedOff');
    case 'connected':
      return say('announce.connected');
    case 'wrapUp':
      return phase.answeredAt === null
        ? say('announce.wrapUpUnanswered')
        : say('announce.wrapUp', phase.endedAt - phase.answeredAt);
    case 'recalled':
      return say('announce.recalled');
    default:
      return assertNever(phase);
  }
}

export const sameAnnouncement = (a: Announcement, b: Announcement) =>
  a.key === b.key && a.duration === b.duration;

/**
 * The one polite live region: says when the call changes step (handed off, connected,
 * ended, saved), never the timer's ticks. Its text changes only with the step.
 */
export function Announcer({ announcement }: { announcement: Announcement }) {
  const { t, duration } = useTranslation();
  const { key } = announcement;
  return (
    <Hidden aria-live="polite" aria-atomic="true" data-testid="announcer">
      {key === null
        ? ''
        : announcement.duration === null
          ? t(key)
          : t(key, { duration: duration(announcement.duration) })}
    </Hidden>
  );
}
