import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFetch } from '../../src/sync/node-fetch';

let server: Server;
let base: string;
const seen: { method?: string; body: string; authorization?: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      seen.push({
        method: request.method,
        body: Buffer.concat(chunks).toString(),
        authorization: request.headers.authorization,
      });
      if (request.url === '/slow') return; // never answers
      if (request.url === '/empty') {
        response.writeHead(204).end();
        return;
      }
      if (request.url === '/limited') {
        response
          .writeHead(429, { 'Retry-After': '3', 'content-type': 'application/json' })
          .end('{"message":"slow down"}');
        return;
      }
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ echo: Buffer.concat(chunks).toString() }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('nodeFetch', () => {
  it('sends method, headers and body, and answers with status, headers and the body read whole', async () => {
    const response = await nodeFetch(`${base}/echo`, {
      method: 'POST',
      headers: { authorization: 'Bearer t' },
      body: '{"a":1}',
    });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ echo: '{"a":1}' });
    expect(seen.at(-1)).toEqual({ method: 'POST', body: '{"a":1}', authorization: 'Bearer t' });
  });

  it('keeps status and headers of a refusal, and answers an empty 204', async () => {
    const limited = await nodeFetch(`${base}/limited`);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '3']);
    expect(await limited.text()).toBe('{"message":"slow down"}');
    const empty = await nodeFetch(`${base}/empty`, { method: 'DELETE' });
    expect([empty.status, await empty.text()]).toEqual([204, '']);
  });

  it('gives up when the signal says so', async () => {
    await expect(
      nodeFetch(`${base}/slow`, { signal: AbortSignal.timeout(50) }),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('fails like fetch when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    await expect(nodeFetch(`http://127.0.0.1:${port}/`)).rejects.toMatchObject({
      name: 'TypeError',
      message: 'fetch failed',
    });
  });
});
