import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPhoneSignature } from '../../src/sync/signature';
import { secrets } from './sync-world';

const entry = fileURLToPath(new URL('../../src/sync/node.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

let child: ChildProcess;
let port: number;
let output = '';

beforeAll(async () => {
  port = await freePort();
  child = spawn(tsx, [entry], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HUBSPOT_ACCESS_TOKEN: secrets.hubSpotToken,
      // Nothing listens there: these tests never get as far as calling an API.
      HUBSPOT_API_BASE: 'http://127.0.0.1:9',
      OPENPHONE_API_KEY: secrets.openPhoneKey,
      OPENPHONE_API_BASE: 'http://127.0.0.1:9',
      OPENPHONE_WEBHOOK_SIGNING_KEY: secrets.openPhoneSigningKey,
    },
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the service did not start: ${output}`)),
      30_000,
    );
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (output.includes('listening')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
  });
}, 40_000);

afterAll(() => {
  child.kill();
});

/** Starts a 10 MB upload and reports the answer and how much of the body went out before it. */
/**
 * Declares a 10 MB body and sends only its first 64 kB, then waits: a service that read the
 * body before judging its size would never answer, and the test would time out.
 */
function hugeUpload(): Promise<number> {
  return new Promise((resolve, reject) => {
    const total = 10 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 0x7b);
    let answered = false;
    const upload = request(
      {
        host: '127.0.0.1',
        port,
        path: '/webhooks/openphone',
        method: 'POST',
        headers: { 'content-length': String(total), 'openphone-signature': 'hmac;1;1;AAAA' },
      },
      (response) => {
        answered = true;
        response.resume();
        resolve(response.statusCode ?? 0);
        upload.destroy();
      },
    );
    upload.on('error', (error) => {
      if (!answered) reject(error);
    });
    upload.write(chunk);
  });
}

describe('npm run sync, on a real socket', () => {
  it('answers /healthz with the providers enabled', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(await response.json()).toEqual({
      ok: true,
      providers: { openphone: true, caresoft: false },
    });
  });

  it('refuses a 10 MB webhook with 413 before the body has been sent, and keeps serving', async () => {
    expect(await hugeUpload()).toBe(413);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it('refuses an unsigned webhook with 401 and logs a line without secrets', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/webhooks/openphone`, {
      method: 'POST',
      body: '{}',
    });
    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(output).toContain('"error":"missing-signature"');
    for (const secret of Object.values(secrets)) expect(output).not.toContain(secret);
  });

  it('accepts a webhook signed with its key (an event type it ignores: nothing to call)', async () => {
    const body = new TextEncoder().encode(
      JSON.stringify({
        id: 'EVnode',
        object: 'event',
        type: 'message.received',
        data: { object: {} },
      }),
    );
    const key = Uint8Array.from(atob(secrets.openPhoneSigningKey), (char) => char.charCodeAt(0));
    const signed = await fetch(`http://127.0.0.1:${port}/webhooks/openphone`, {
      method: 'POST',
      headers: { 'openphone-signature': await openPhoneSignature(body, key, Date.now()) },
      body,
    });
    expect([signed.status, await signed.json()]).toEqual([200, { ok: true, outcome: 'ignored' }]);
    const forged = await fetch(`http://127.0.0.1:${port}/webhooks/openphone`, {
      method: 'POST',
      headers: { 'openphone-signature': await openPhoneSignature(body, key.reverse(), Date.now()) },
      body,
    });
    expect(forged.status).toBe(401);
  });
});
