import { useEffect, useState } from 'react';
import { formatDuration } from '../../i18n/format';
import { useTranslation } from '../use-translation';

export { formatDuration };

/**
 * Elapsed time since `since`, read from the clock on each tick rather than counted,
 * so a hidden or throttled iframe still shows the true duration when it comes back.
 * A `timer` is not live: screen readers read it when asked, not every second (the
 * announcer says when the call connects and ends).
 */
export function CallTimer({ since, now = Date.now }: { since: number; now?: () => number }) {
  const { t, duration } = useTranslation();
  const [current, setCurrent] = useState(now);
  useEffect(() => {
    const timer = window.setInterval(() => setCurrent(now()), 1000);
    return () => window.clearInterval(timer);
  }, [now]);
  return (
    <span role="timer" aria-label={t('timer.label')}>
      {duration(current - since)}
    </span>
  );
}
