import http from 'node:http';
import https from 'node:https';

// Node's built-in fetch (undici with WHATWG streams) costs several times the CPU of a plain
// node:http request on loopback: with four or five API calls per webhook, it was most of
// the service's time. On Node the service calls APIs through this small fetch instead:
// kept-alive sockets, bodies buffered (API answers are small JSON). Workers keep their own
// fetch, which is native there.

/** Larger answers are refused: HubSpot, OpenPhone and CareSoft answer kilobytes of JSON. */
export const maxAnswerBytes = 16 * 1024 * 1024;

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
} as const;

function headerRecord(headers: HeadersInit | undefined): Record<string, string> {
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

/** A `fetch` for the service's API calls on Node: same contract, a fraction of the cost. */
export function nodeFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
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
      response.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
      response.on('end', () => {
        signal?.removeEventListener('abort', onAbort);
        const status = response.statusCode ?? 500;
        const answerHeaders = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          if (typeof value === 'string') answerHeaders.set(name, value);
          else if (Array.isArray(value)) for (const item of value) answerHeaders.append(name, item);
        }
        const empty = status === 204 || status === 304 || (init.method ?? 'GET') === 'HEAD';
        resolve(
          new Response(empty ? null : Buffer.concat(chunks), {
            status: status < 200 || status > 599 ? 502 : status,
            statusText: response.statusMessage ?? '',
            headers: answerHeaders,
          }),
        );
      });
    });
    request.end(body);
  });
}
