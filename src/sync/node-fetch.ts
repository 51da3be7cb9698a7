import http from 'node:http';
import https from 'node:https';
import type { UpstreamResponse } from './upstream.js';

// Node's built-in fetch (undici with WHATWG streams) costs several times the CPU of a plain
// node:http request on loopback: with four or five API calls per webhook, it was most of
// the service's time. On Node the service calls APIs through this small fetch instead:
// kept-alive sockets, answers read whole (they are small JSON) and handed over without
// building a web Response and its streams. Workers keep their own fetch, native there.

/** Larger answers are refused: HubSpot, OpenPhone and CareSoft answer kilobytes of JSON. */
export const maxAnswerBytes = 16 * 1024 * 1024;

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
} as const;

function headerRecord(headers: HeadersInit | undefined): Record<string, string> {
  if (headers === undefined) return {};
  // The service's clients pass plain records; anything else goes through Headers.
  if (!(headers instanceof Headers) && !Array.isArray(headers)) return { ...headers };
  const record: Record<string, string> = {};
  new Headers(headers).forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

function bodyBytes(body: BodyInit | null | undefined): Buffer | undefined {
  if (body === null || body === undefined) return undefined;
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError('nodeFetch sends string or byte bodies only');
}

/** An answer, read whole: what the service reads of a `Response`, without its streams. */
export class NodeAnswer implements UpstreamResponse {
  readonly ok: boolean;
  readonly body = null;
  readonly headers: { get(name: string): string | null };

  constructor(
    readonly status: number,
    headers: http.IncomingHttpHeaders,
    private readonly bytes: Buffer,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = {
      get: (name) => {
        const value = headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    };
  }

  async text(): Promise<string> {
    return this.bytes.toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.bytes.toString('utf8'));
  }
}

/** A `fetch` for the service's API calls on Node: same contract, a fraction of the cost. */
export function nodeFetch(input: string | URL, init: RequestInit = {}): Promise<NodeAnswer> {
  return new Promise((resolve, reject) => {
    const url = new URL(input);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      reject(new TypeError(`nodeFetch: unsupported protocol ${url.protocol}`));
      return;
    }
    const signal = init.signal ?? undefined;
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const body = bodyBytes(init.body);
    const headers = headerRecord(init.headers);
    if (body !== undefined) headers['content-length'] = String(body.byteLength);
    const transport = url.protocol === 'https:' ? https : http;
    const request = transport.request(url, {
      method: init.method ?? 'GET',
      headers,
      agent: agents[url.protocol],
    });
    const onAbort = () => request.destroy(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    request.on('error', (error) => {
      signal?.removeEventListener('abort', onAbort);
      reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }));
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.byteLength;
        if (size > maxAnswerBytes) {
          request.destroy(new Error('answer too large'));
          return;
        }
        chunks.push(chunk);
      });
      response.on('error', (error) => {
        signal?.removeEventListener('abort', onAbort);
        reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }));
      });
      response.on('end', () => {
        signal?.removeEventListener('abort', onAbort);
        resolve(
          new NodeAnswer(response.statusCode ?? 502, response.headers, Buffer.concat(chunks)),
        );
      });
    });
    request.end(body);
  });
}
