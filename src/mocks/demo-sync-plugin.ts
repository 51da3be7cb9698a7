import type { IncomingMessage, ServerResponse } from 'node:http';
import * as v from 'valibot';
import type { Connect, Plugin } from 'vite';
import { type DemoPhone, demoPhone, demoRecording } from './demo-phone.js';

/** Where `npm start` serves the sync service and the phone's side of the demo. */
export const demoSyncPath = '/demo-sync';

const play = v.object({
  externalCallId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  direction: v.picklist(['OUTBOUND', 'INBOUND']),
  contactNumber: v.pipe(v.string(), v.regex(/^\+[1-9]\d{6,14}$/)),
  loggedAt: v.pipe(v.number(), v.integer()),
  talkSeconds: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7200))),
});

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).byteLength;
    if (size > 64 * 1024) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function json(response: ServerResponse, status: number, value: unknown) {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify(value));
}

function middleware(phone: DemoPhone): Connect.NextHandleFunction {
  return (request, response: ServerResponse, next) => {
    const url = request.url ?? '';
    if (!url.startsWith(`${demoSyncPath}/`)) {
      next();
      return;
    }
    const path = url.slice(demoSyncPath.length).split('?')[0] ?? '';
    // Over HTTP/2 (the dev server's TLS) the host travels as the `:authority` pseudo-header.
    const host = request.headers[':authority'] ?? request.headers.host ?? 'localhost';
    void (async () => {
      if (request.method === 'POST' && path === '/phone-calls') {
        const parsed = v.safeParse(play, JSON.parse((await bodyOf(request)).toString() || 'null'));
        if (!parsed.success) return json(response, 400, { ok: false, error: 'invalid-play' });
        const played = await phone.play(parsed.output, `https://${host}${demoSyncPath}/recordings`);
        return json(response, 202, { ok: true, ...played });
      }
      const call = /^\/calls\/([^/]+)$/.exec(path);
      if (request.method === 'GET' && call !== null) {
        const view = phone.view(decodeURIComponent(call[1] ?? ''));
        return view === null ? json(response, 404, { ok: false }) : json(response, 200, view);
      }
      if (request.method === 'GET' && /^\/recordings\/AC[0-9a-f]+\.wav$/.test(path)) {
        response.setHeader('content-type', 'audio/wav');
        response.end(Buffer.from(demoRecording()));
        return;
      }
      // The service itself, as a phone system reaches it: /demo-sync/webhooks/…, /demo-sync/healthz.
      const body =
        request.method === 'GET' || request.method === 'HEAD' ? undefined : await bodyOf(request);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string' && !name.startsWith(':')) headers.set(name, value);
      }
      const answer = await phone.app.fetch(
        new Request(`https://sync.handoff.example${path}`, {
          method: request.method ?? 'GET',
          headers,
          ...(body === undefined ? {} : { body: new Uint8Array(body) }),
        }),
      );
      response.statusCode = answer.status;
      answer.headers.forEach((value, name) => {
        response.setHeader(name, value);
      });
      response.end(Buffer.from(await answer.arrayBuffer()));
    })().catch(next);
  };
}

/** `npm start`'s sync service with the phone's side played by stand-ins (issue 11). */
export function demoSyncService(): Plugin {
  const phone = demoPhone();
  return {
    name: 'handoff-demo-sync',
    configureServer(server) {
      server.middlewares.use(middleware(phone));
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware(phone));
    },
  };
}
