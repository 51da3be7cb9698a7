import { type Message, message } from '../i18n/message';
import type { LookupConfig } from './lookup-config';

/** The part of `fetch` the lookup client uses; tests and the widget pass theirs in. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** The edges a request needs: how to send it, and when the call has moved on. */
export interface LookupIo {
  fetch: FetchLike;
  /** Aborted when the call moves on: the request is cancelled and nothing is reported. */
  signal?: AbortSignal;
}

/** What became of one request to the lookup service, before its body is interpreted. */
export type ServiceReply =
  | { kind: 'answered'; status: number; body: string }
  | { kind: 'timedOut' }
  | { kind: 'aborted' }
  | { kind: 'blocked' }
  | { kind: 'failed'; problem: Message };

export interface ServiceRequest {
  url: string;
  /** Sent as JSON with a POST; a GET sends no body. */
  body?: unknown;
}

// A lookup answer is a handful of entries; anything this large is not one.
const maxBodyLength = 1_000_000;

/**
 * Sends one request with the configured token and waits at most `timeoutMs` for the whole
 * answer, body included. Never throws: every way it can end is a value.
 */
export async function exchangeWithService(
  config: LookupConfig,
  method: 'GET' | 'POST',
  request: ServiceRequest,
  io: LookupIo,
  timeoutMs: number,
): Promise<ServiceReply> {
  if (io.signal?.aborted) return { kind: 'aborted' };

  const controller = new AbortController();
  let stoppedBy: 'timeout' | 'caller' | null = null;
  let wake = () => {};
  // Settles when the deadline passes or the caller gives up, even if a `fetch` ignores its
  // signal: the lookup must never hold the call up.
  const stopped = new Promise<null>((resolve) => {
    wake = () => resolve(null);
  });
  const stop = (cause: 'timeout' | 'caller') => {
    if (stoppedBy !== null) return;
    stoppedBy = cause;
    controller.abort();
    wake();
  };
  const timer = setTimeout(() => stop('timeout'), timeoutMs);
  const onCallerAbort = () => stop('caller');
  io.signal?.addEventListener('abort', onCallerAbort, { once: true });

  try {
    const reply = await Promise.race([
      send(config, method, request, io, controller.signal),
      stopped,
    ]);
    if (stoppedBy === 'caller') return { kind: 'aborted' };
    if (stoppedBy === 'timeout') return { kind: 'timedOut' };
    return reply ?? { kind: 'aborted' };
  } finally {
    clearTimeout(timer);
    io.signal?.removeEventListener('abort', onCallerAbort);
  }
}

async function send(
  config: LookupConfig,
  method: 'GET' | 'POST',
  request: ServiceRequest,
  io: LookupIo,
  signal: AbortSignal,
): Promise<ServiceReply> {
  let init: RequestInit;
  try {
    const headers = new Headers({
      [config.headerName]: config.headerValue,
      Accept: 'application/json',
    });
    init = {
      method,
      headers,
      signal,
      // The service authenticates with its header: no cookies go with it, and a redirect
      // is not followed, so the token only ever goes to the root the agent configured.
      credentials: 'omit',
      redirect: 'manual',
    };
    if (method === 'POST') {
      headers.set('Content-Type', 'application/json');
      init.body = JSON.stringify(request.body ?? {});
    }
  } catch {
    return { kind: 'failed', problem: message('lookup.problem.badHeader') };
  }

  let response: Response;
  try {
    response = await io.fetch(request.url, init);
  } catch (error) {
    // fetch rejects with a TypeError for DNS, TLS, offline and CORS alike; browsers do not
    // tell them apart, on purpose.
    if (error instanceof TypeError) return { kind: 'blocked' };
    if (signal.aborted) return { kind: 'aborted' };
    return { kind: 'failed', problem: message('lookup.problem.notSent') };
  }

  // `redirect: 'manual'` gives browsers an opaque response (status 0) and Node the 3xx itself.
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    return { kind: 'failed', problem: message('lookup.problem.redirect') };
  }
  const declaredLength = Number(response.headers.get('content-length'));
  if (declaredLength > maxBodyLength) return tooLarge();
  try {
    const body = await response.text();
    if (body.length > maxBodyLength) return tooLarge();
    return { kind: 'answered', status: response.status, body };
  } catch (error) {
    if (error instanceof TypeError) return { kind: 'blocked' };
    return { kind: 'failed', problem: message('lookup.problem.unreadable') };
  }
}

function tooLarge(): ServiceReply {
  return { kind: 'failed', problem: message('lookup.problem.tooLarge') };
}
