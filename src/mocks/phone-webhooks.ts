// Signed webhook requests as OpenPhone and CareSoft send them: for the tests, the benchmark
// and the demo's phone side. The signing is the sync service's own (`src/sync/signature.ts`),
// whose tests check it against independently computed digests.
import { careSoftSignature, openPhoneSignature } from '../sync/signature.js';

const encoder = new TextEncoder();

export async function openPhoneWebhook(
  url: string,
  body: unknown,
  signingKey: Uint8Array,
  timestamp: number,
): Promise<Request> {
  const raw = encoder.encode(typeof body === 'string' ? body : JSON.stringify(body));
  return new Request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'openphone-signature': await openPhoneSignature(raw, signingKey, timestamp),
    },
    body: raw,
  });
}

export async function careSoftWebhook(
  url: string,
  body: unknown,
  secret: string,
): Promise<Request> {
  const raw = encoder.encode(typeof body === 'string' ? body : JSON.stringify(body));
  return new Request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-hub-signature': await careSoftSignature(raw, secret),
    },
    body: raw,
  });
}
