import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallTimer, formatDuration } from '../../../src/ui/parts/CallTimer';

afterEach(() => {
  vi.useRealTimers();
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [1_000, '0:01'],
    [65_000, '1:05'],
    [599_000, '9:59'],
    [600_000, '10:00'],
    [3_599_999, '59:59'],
    [3_600_000, '1:00:00'],
    [3_665_000, '1:01:05'],
    [36_000_000, '10:00:00'],
  ])('shows %i ms as %s', (ms, shown) => {
    expect(formatDuration(ms)).toBe(shown);
  });

  it('shows 0:00 for a negative span (a clock that stepped back)', () => {
    expect(formatDuration(-5_000)).toBe('0:00');
  });
});

describe('CallTimer', () => {
  it('is a timer named "Call duration"', () => {
    render(<CallTimer since={Date.now()} />);
    expect(screen.getByRole('timer', { name: 'Call duration' })).toHaveTextContent('0:00');
  });

  it('ticks every second', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    render(<CallTimer since={1_000_000} />);
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('0:01');
    act(() => {
      vi.advanceTimersByTime(64_000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('1:05');
  });

  it('reads the clock, so time the page was throttled still counts', () => {
    vi.useFakeTimers({ now: 0 });
    let clock = 0;
    render(<CallTimer since={0} now={() => clock} />);
    clock = 3_600_000;
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('1:00:00');
  });

  it('stops ticking once it is gone', () => {
    vi.useFakeTimers({ now: 0 });
    const { unmount } = render(<CallTimer since={0} />);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
