// Both checks run on the raw bytes as received: re-serialised JSON may differ by a space or
// an escape and would fail (or, worse, pass for a body that was not the one signed).

export type SignatureCheck =
  | { ok: true }
  | { ok: false; code: 'missing-signature' | 'malformed-signature' | 'bad-signature' | 'stale' };

/** How far an OpenPhone signature's timestamp may be from our clock, either way. */
export const openPhoneSignatureToleranceMs = 5 * 60_000;

const encoder = new TextEncoder();

// The configured keys are few and long-lived: each is imported once, not per webhook.
const importedKeys = new Map<string, Promise<CryptoKey>>();

function importKey(algorithm: 'SHA-256' | 'SHA-1', key: Uint8Array): Promise<CryptoKey> {
  const id = `${algorithm}:${Array.from(key, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  let imported = importedKeys.get(id);
  if (imported === undefined) {
    if (importedKeys.size >= 16) importedKeys.clear();
    imported = crypto.subtle.importKey(
      'raw',
      key as Uint8Array<ArrayBuffer>,
      { name: 'HMAC', hash: algorithm },
      false,
      ['sign'],
    );
    importedKeys.set(id, imported);
  }
  return imported;
}

/** HMAC of `data` under `key`: Web Crypto by default, so the same code runs on Workers. */
export type Hmac = (
  algorithm: 'SHA-256' | 'SHA-1',
  key: Uint8Array,
  data: Uint8Array,
) => Promise<Uint8Array>;

export const webCryptoHmac: Hmac = async (algorithm, key, data) => {
  const cryptoKey = await importKey(algorithm, key);
  return new Uint8Array(
    await crypto.subtle.sign('HMAC', cryptoKey, data as Uint8Array<ArrayBuffer>),
  );
};

/**
 * Compares every byte whatever the first difference, so the time taken says nothing about
 * how much of a forged signature was right. (Lengths are public: a digest's size is fixed.)
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) {
    difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  }
  return difference === 0;
}

function decodeBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/**
 * OpenPhone's timestamp is in milliseconds in every example; a value that reads as seconds
 * (before 2001 in milliseconds) is taken as seconds rather than refused as stale.
 */
function timestampMs(field: string): number | null {
  if (!/^\d{1,16}$/.test(field)) return null;
  const value = Number(field);
  return value < 1e12 ? value * 1000 : value;
}

/**
 * Checks `openphone-signature: hmac;1;<timestamp>;<base64 HMAC-SHA256>` over
 * `<timestamp>.<raw body>`, keyed with the base64-decoded signing key. The header may carry
 * several signatures separated by commas (key rotation): one valid signature is enough.
 * A timestamp further than five minutes from `now` is refused, so a captured request cannot
 * be replayed later.
 */
export async function verifyOpenPhoneSignature(
  header: string | null,
  rawBody: Uint8Array,
  signingKey: Uint8Array,
  now: number,
  hmac: Hmac = webCryptoHmac,
): Promise<SignatureCheck> {
  if (header === null || header.trim() === '') return { ok: false, code: 'missing-signature' };
  const entries = header
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  let sawFresh = false;
  let sawWellFormed = false;
  for (const entry of entries.slice(0, 5)) {
    const fields = entry.split(';');
    if (fields.length !== 4 || fields[0] !== 'hmac' || fields[1] !== '1') continue;
    const [, , timestampField = '', signatureField = ''] = fields;
    const at = timestampMs(timestampField);
    const given = decodeBase64(signatureField);
    if (at === null || given === null) continue;
    sawWellFormed = true;
    if (Math.abs(now - at) > openPhoneSignatureToleranceMs) continue;
    sawFresh = true;
    const expected = await hmac(
      'SHA-256',
      signingKey,
      concat(encoder.encode(`${timestampField}.`), rawBody),
    );
    if (constantTimeEqual(expected, given)) return { ok: true };
  }
  if (!sawWellFormed) return { ok: false, code: 'malformed-signature' };
  return { ok: false, code: sawFresh ? 'bad-signature' : 'stale' };
}

function hexUpper(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/**
 * Checks CareSoft's `X-Hub-Signature`: HMAC-SHA1 of the raw body keyed with the webhook
 * secret, in uppercase hex. A `sha1=` prefix (the GitHub convention the header name comes
 * from) is accepted, and the hex is compared whatever its case.
 */
export async function verifyCareSoftSignature(
  header: string | null,
  rawBody: Uint8Array,
  secret: string,
  hmac: Hmac = webCryptoHmac,
): Promise<SignatureCheck> {
  if (header === null || header.trim() === '') return { ok: false, code: 'missing-signature' };
  const given = header
    .trim()
    .replace(/^sha1=/i, '')
    .toUpperCase();
  if (!/^[0-9A-F]{40}$/.test(given)) return { ok: false, code: 'malformed-signature' };
  const expected = hexUpper(await hmac('SHA-1', encoder.encode(secret), rawBody));
  return constantTimeEqual(encoder.encode(expected), encoder.encode(given))
    ? { ok: true }
    : { ok: false, code: 'bad-signature' };
}

/** Signs a body the way OpenPhone does: for the stand-ins, the simulator and the tests. */
export async function openPhoneSignature(
  rawBody: Uint8Array,
  signingKey: Uint8Array,
  timestamp: number,
): Promise<string> {
  const digest = await webCryptoHmac(
    'SHA-256',
    signingKey,
    concat(encoder.encode(`${timestamp}.`), rawBody),
  );
  return `hmac;1;${timestamp};${btoa(String.fromCharCode(...digest))}`;
}

/** Signs a body the way CareSoft does (uppercase hex HMAC-SHA1). */
export async function careSoftSignature(rawBody: Uint8Array, secret: string): Promise<string> {
  return hexUpper(await webCryptoHmac('SHA-1', encoder.encode(secret), rawBody));
}
