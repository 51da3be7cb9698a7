import type { IncomingMessage, ServerResponse } from 'node:http';
import { constants as http2 } from 'node:http2';
import { getResponse } from 'msw';
import type { Connect, Plugin } from 'vite';
import { demoLookupOrigin, demoLookupPath } from './demo-directory.js';
import { demoLookupHandlers } from './handlers.js';

async function bodyOf(request: IncomingMessage): Promise<Buffer | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Fails the request the way a dead network does: no status line at all. msw says so with
 * `HttpResponse.error()` (status 0, type "error"), which Node cannot send as a status.
 * Over HTTP/2 only this request's stream is reset: the connection also carries the page
 * and the widget, which must keep working.
 */
function dropRequest(request: IncomingMessage, response: ServerResponse): void {
  const stream = (response as { stream?: { close(code?: number): void } }).stream;
  if (stream) stream.close(http2.NGHTTP2_INTERNAL_ERROR);
  else request.socket.destroy();
}

/**
 * Serves the demo lookup service from the same msw handlers the tests use, on the dev
 * server's own origin. msw's service worker cannot do it there: browsers refuse to
 * register a service worker from a self-signed certificate, which `npm start` uses.
 * The handlers speak `https://lookup.handoff.example`; requests and answers are moved
 * between that origin and this path.
 */
function middleware(): Connect.NextHandleFunction {
  return (request, response: ServerResponse, next) => {
    const path = request.url ?? '';
    if (!path.startsWith(`${demoLookupPath}/`)) {
      next();
      return;
    }
    // Over HTTP/2 (the dev server's TLS) the host travels as the `:authority` pseudo-header.
    const host = request.headers[':authority'] ?? request.headers.host ?? 'localhost';
    const servedAt = `https://${host}${demoLookupPath}`;
    void (async () => {
      const body = await bodyOf(request);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string' && !name.startsWith(':')) headers.set(name, value);
      }
      const mocked = await getResponse(
        demoLookupHandlers,
        new Request(`${demoLookupOrigin}${path.slice(demoLookupPath.length)}`, {
          method: request.method ?? 'GET',
          headers,
          ...(body === undefined ? {} : { body: new Uint8Array(body) }),
        }),
      );
      if (mocked?.type === 'error') {
        dropRequest(request, response);
        return;
      }
      if (mocked === undefined) {
        response.statusCode = 404;
        response.end();
        return;
      }
      response.statusCode = mocked.status;
      mocked.headers.forEach((value, name) => {
        if (name !== 'content-length') response.setHeader(name, value);
      });
      const type = mocked.headers.get('content-type') ?? '';
      if (type.includes('json') || type.includes('svg') || type.startsWith('text/')) {
        // Logos and links the demo names on its own origin now live under this path.
        response.end((await mocked.text()).replaceAll(demoLookupOrigin, servedAt));
      } else {
        response.end(Buffer.from(await mocked.arrayBuffer()));
      }
    })().catch(next);
  };
}

export function demoLookupService(): Plugin {
  return {
    name: 'handoff-demo-lookup',
    configureServer(server) {
      server.middlewares.use(middleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware());
    },
  };
}
