import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestUpstream, retryAfterMs, retryPolicy, UpstreamError } from '../../src/sync/upstream';

function scripted(...answers: (Response | Error)[]) {
  const calls: string[] = [];
  const waits: number[] = [];
  return {
    calls,
    waits,
    deps: {
      fetch: async (input: RequestInfo | URL) => {
        calls.push(String(input));
        const next = answers.shift();
        if (next === undefined) throw new Error('no more answers');
        if (next instanceof Error) throw next;
        return next;
      },
      sleep: async (ms: number) => {
        waits.push(ms);
      },
      now: () => Date.parse('2026-03-02T15:00:00Z'),
    },
  };
}

const ok = () => Response.json({ fine: true });

describe('requestUpstream', () => {
  it('waits as long as Retry-After says after a 429, then succeeds', async () => {
    const run = scripted(
      new Response(null, { status: 429, headers: { 'Retry-After': '3' } }),
      ok(),
    );
    expect(await requestUpstream(run.deps, 'hubspot', 'https://h/x', {})).toEqual({
      status: 200,
      body: { fine: true },
    });
    expect(run.waits).toEqual([3000]);
  });

  it('backs off after a 5xx or a network failure, three attempts at most', async () => {
    const run = scripted(
      new Response(null, { status: 502 }),
      new TypeError('fetch failed'),
      new Response(null, { status: 500 }),
    );
    await expect(requestUpstream(run.deps, 'openphone', 'https://o/x', {})).rejects.toEqual(
      new UpstreamError('openphone', 500, true),
    );
    expect(run.calls).toHaveLength(3);
    expect(run.waits).toEqual([250, 1000]);
  });

  it('does not repeat a non-idempotent request after a 5xx or a network failure', async () => {
    const run = scripted(new Response(null, { status: 502 }), ok());
    await expect(
      requestUpstream(
        run.deps,
        'hubspot',
        'https://h/create',
        { method: 'POST' },
        { idempotent: false },
      ),
    ).rejects.toMatchObject({ status: 502, retryable: true });
    expect(run.calls).toHaveLength(1);
  });

  it('still repeats a non-idempotent request refused with 429 (it was never carried out)', async () => {
    const run = scripted(new Response(null, { status: 429 }), ok());
    expect(
      (await requestUpstream(run.deps, 'hubspot', 'https://h/create', {}, { idempotent: false }))
        .status,
    ).toBe(200);
    expect(run.waits).toEqual([1000]);
  });

  it('gives up at once on a Retry-After longer than ten seconds', async () => {
    const run = scripted(new Response(null, { status: 429, headers: { 'Retry-After': '900' } }));
    await expect(requestUpstream(run.deps, 'caresoft', 'https://c/x', {})).rejects.toMatchObject({
      status: 429,
      retryable: true,
      retryAfterMs: 900_000,
    });
    expect(run.waits).toEqual([]);
  });

  it('marks 401/403 retryable (a token to fix) and other 4xx not', async () => {
    await expect(
      requestUpstream(
        scripted(new Response(null, { status: 401 })).deps,
        'hubspot',
        'https://h',
        {},
      ),
    ).rejects.toMatchObject({ retryable: true });
    await expect(
      requestUpstream(
        scripted(new Response(null, { status: 400 })).deps,
        'hubspot',
        'https://h',
        {},
      ),
    ).rejects.toMatchObject({ retryable: false, status: 400 });
  });

  it('returns accepted statuses (a 404 meaning "none") as answers', async () => {
    const run = scripted(new Response(null, { status: 404 }));
    expect(
      await requestUpstream(run.deps, 'openphone', 'https://o/x', {}, { accept: [404] }),
    ).toEqual({ status: 404, body: null });
  });

  describe('when an answer takes too long', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    /** A fetch that answers only when its signal gives up, the way fetch does. */
    const hanging = (seen: AbortSignal[]) => ({
      fetch: (_url: string, init: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          const signal = init.signal;
          if (!signal) throw new Error('no signal');
          seen.push(signal);
          signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        }),
      sleep: async () => undefined,
      now: () => 0,
    });

    it('gives each attempt 15 seconds, then fails as retryable', async () => {
      vi.useFakeTimers();
      const signals: AbortSignal[] = [];
      const request = requestUpstream(hanging(signals), 'hubspot', 'https://h/x', {});
      const failure = expect(request).rejects.toEqual(new UpstreamError('hubspot', null, true));
      for (let attempt = 0; attempt < retryPolicy.attempts; attempt += 1) {
        await vi.advanceTimersByTimeAsync(retryPolicy.timeoutMs);
      }
      await failure;
      expect(signals).toHaveLength(3);
      expect(signals.map((signal) => (signal.reason as DOMException).name)).toEqual([
        'TimeoutError',
        'TimeoutError',
        'TimeoutError',
      ]);
    });

    it('leaves no timer behind once the answer is read', async () => {
      vi.useFakeTimers();
      const run = scripted(ok());
      await requestUpstream(run.deps, 'hubspot', 'https://h/x', {});
      expect(vi.getTimerCount()).toBe(0);
    });
  });

  it('takes an answer cut off after a 2xx for no answer, and does not repeat a create', async () => {
    const cut = new Response(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"id":'));
          controller.error(new Error('connection reset'));
        },
      }),
      { status: 201 },
    );
    const run = scripted(cut, ok());
    await expect(
      requestUpstream(run.deps, 'hubspot', 'https://h/create', {}, { idempotent: false }),
    ).rejects.toEqual(new UpstreamError('hubspot', null, true));
    expect(run.calls).toHaveLength(1);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-03-02T15:00:00Z');
    expect(retryAfterMs('2', now)).toBe(2000);
    expect(retryAfterMs('Mon, 02 Mar 2026 15:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});
