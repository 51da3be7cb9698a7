import { useEffect, useState } from 'react';

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = String(minutes).padStart(hours > 0 ? 2 : 1, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

/**
 * Elapsed time since `since`, read from the clock on each tick rather than counted,
 * so a hidden or throttled iframe still shows the true duration when it comes back.
 */
export function CallTimer({ since, now = Date.now }: { since: number; now?: () => number }) {
  const [current, setCurrent] = useState(now);
  useEffect(() => {
    const timer = window.setInterval(() => setCurrent(now()), 1000);
    return () => window.clearInterval(timer);
  }, [now]);
  return (
    <span role="timer" aria-label="Call duration">
      {formatDuration(current - since)}
    </span>
  );
}
