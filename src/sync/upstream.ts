/** The services the sync service calls. */
export type Upstream = 'hubspot' | 'openphone' | 'caresoft';

/** The part of a `Response` the I/O layer reads: a web `Response` is one. */
export interface UpstreamResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  body?: { cancel(): Promise<void> } | null;
}

/** `fetch`, or anything answering like it for the service's API calls. */
export type UpstreamFetch = (url: string, init: RequestInit) => Promise<UpstreamResponse>;

/** What the I/O layer needs from its runtime: passed in, so tests drive time. */
export interface UpstreamDeps {
  fetch: UpstreamFetch;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

/**
 * A request that did not succeed. `retryable`: trying the whole event again later can help
 * (rate limit, outage, a token being fixed), so the provider should be asked to retry.
 */
export class UpstreamError extends Error {
  constructor(
    readonly upstream: Upstream,
    readonly status: number | null,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(`${upstream} answered ${status ?? 'nothing'}`);
    this.name = 'UpstreamError';
  }
}

export const retryPolicy = {
  /** Attempts per request, the first included. */
  attempts: 3,
  /** Backoff after a 5xx or a network failure, per retry. */
  backoffMs: [250, 1000],
  /** Longer `Retry-After` than this: give up now and let the provider retry the event. */
  maxWaitMs: 10_000,
  /** Per attempt. */
  timeoutMs: 15_000,
} as const;

/** `Retry-After` in seconds or as an HTTP date, in milliseconds from `now`. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null) return null;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * One request, its answer read whole when it is wanted (`text`), `null` when nothing came
 * back in time. The timer is cleared once the answer is read: `AbortSignal.timeout` would
 * keep a timer and its signal alive for the full 15 s after every request, several per
 * webhook, and cost ten times as much to set up.
 */
async function attemptOnce(
  deps: UpstreamDeps,
  url: string,
  init: RequestInit,
  accept: readonly number[],
): Promise<{ response: UpstreamResponse; text: string | null } | null> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('upstream timed out', 'TimeoutError')),
    retryPolicy.timeoutMs,
  );
  try {
    const response = await deps.fetch(url, { ...init, signal: controller.signal });
    if (response.ok || accept.includes(response.status)) {
      return { response, text: await response.text() };
    }
    // Not awaited: the answer is not needed, and some runtimes settle a cancel only once drained.
    void response.body?.cancel().catch(() => undefined);
    return { response, text: null };
  } catch {
    // No answer, or an answer cut off before its end: the same to the caller.
    return null;
  } finally {
    clearTimeout(timer);
  }
}

export interface UpstreamAnswer {
  status: number;
  body: unknown;
}

/**
 * One request with bounded retries: a 429 waits as long as `Retry-After` says (1 s when it
 * says nothing), a 5xx or a network failure backs off (idempotent requests only), at most
 * three attempts in all.
 * Statuses listed in `accept` (a 404 meaning "none", say) come back as answers; any other
 * failure is an `UpstreamError`. Bodies are JSON or nothing.
 */
export async function requestUpstream(
  deps: UpstreamDeps,
  upstream: Upstream,
  url: string,
  init: RequestInit,
  options: { accept?: readonly number[]; idempotent?: boolean } = {},
): Promise<UpstreamAnswer> {
  const accept = options.accept ?? [];
  // A create that failed with a 5xx or no answer may have happened all the same: sending it
  // again could log the call twice. It fails the event instead; the provider's next
  // delivery finds the call if it was made. A 429 is safe to repeat: it was refused.
  const repeatable = options.idempotent ?? true;
  let lastError: UpstreamError | null = null;
  for (let attempt = 0; attempt < retryPolicy.attempts; attempt += 1) {
    const last = attempt === retryPolicy.attempts - 1;
    const answered = await attemptOnce(deps, url, init, accept);
    if (answered === null) {
      lastError = new UpstreamError(upstream, null, true);
      if (!repeatable) throw lastError;
      if (!last) await deps.sleep(retryPolicy.backoffMs[attempt] ?? 1000);
      continue;
    }
    const { response, text } = answered;
    if (text !== null) {
      let body: unknown = null;
      if (text.trim() !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          throw new UpstreamError(upstream, response.status, true);
        }
      }
      return { status: response.status, body };
    }
    if (response.status === 429) {
      const wait = retryAfterMs(response.headers.get('retry-after'), deps.now()) ?? 1000;
      lastError = new UpstreamError(upstream, 429, true, wait);
      if (last || wait > retryPolicy.maxWaitMs) throw lastError;
      await deps.sleep(wait);
      continue;
    }
    if (response.status >= 500) {
      lastError = new UpstreamError(upstream, response.status, true);
      if (!repeatable) throw lastError;
      if (!last) await deps.sleep(retryPolicy.backoffMs[attempt] ?? 1000);
      continue;
    }
    // 401/403: a token or a scope to fix; retrying the event once it is fixed will work.
    throw new UpstreamError(
      upstream,
      response.status,
      response.status === 401 || response.status === 403,
    );
  }
  throw lastError ?? new UpstreamError(upstream, null, true);
}
