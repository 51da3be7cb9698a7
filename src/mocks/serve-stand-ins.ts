import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerFromRoutes, type StandInRoute } from './stand-in-routes';

/** A stand-in served under a path of the loopback server (`/hubspot/crm/v3/...`). */
export interface Mount {
  path: `/${string}`;
  /** The origin its requests are rebuilt on, as the real service's would be. */
  origin: string;
  routes: () => readonly StandInRoute[];
}

async function bodyOf(request: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Serves stand-ins over plain HTTP on a loopback port, each under its own path: what the
 * benchmark and the `npm start` demo point the sync service at through its `*_API_BASE`
 * variables, with real sockets in between. The same routes the msw handlers of the tests
 * run, answered directly.
 */
export async function serveStandIns(
  mounts: readonly Mount[],
  options: { port?: number } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      const path = request.url ?? '/';
      const mount = mounts.find((candidate) => path.startsWith(`${candidate.path}/`));
      const rest = mount === undefined ? '' : path.slice(mount.path.length);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string') headers.set(name, value);
      }
      const body = await bodyOf(request);
      const answer =
        mount === undefined
          ? undefined
          : await answerFromRoutes(
              mount.routes(),
              new Request(`${mount.origin}${rest}`, {
                method: request.method ?? 'GET',
                headers,
                ...(body === undefined ? {} : { body }),
              }),
              new URL(rest, 'http://stand-in').pathname,
            );
      if (answer === undefined) {
        response.statusCode = 404;
        response.end();
        return;
      }
      response.statusCode = answer.status;
      answer.headers.forEach((value, name) => {
        if (name !== 'content-length') response.setHeader(name, value);
      });
      response.end(Buffer.from(await answer.arrayBuffer()));
    })().catch(() => {
      response.statusCode = 500;
      response.end();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
