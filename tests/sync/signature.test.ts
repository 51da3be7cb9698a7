import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeHmac } from '../../src/sync/node-hmac';
import {
  careSoftSignature,
  constantTimeEqual,
  openPhoneSignature,
  verifyCareSoftSignature,
  verifyOpenPhoneSignature,
  webCryptoHmac,
} from '../../src/sync/signature';

const key = Buffer.from('a-32-byte-signing-key-for-tests!', 'utf8');
const keyBytes = new Uint8Array(key);
const body = new TextEncoder().encode('{"id":"EV1","object":"event","type":"call.completed"}');
const now = Date.parse('2026-03-02T15:00:00Z');

/** The digest computed with node:crypto, independently of the code under test. */
function nodeDigest(timestamp: number, raw: Uint8Array): string {
  return createHmac('sha256', key).update(`${timestamp}.`).update(raw).digest('base64');
}

describe('verifyOpenPhoneSignature', () => {
  it('accepts hmac;1;<timestamp>;<base64 HMAC-SHA256 of "<timestamp>.<raw body>">', async () => {
    const header = `hmac;1;${now};${nodeDigest(now, body)}`;
    expect(await verifyOpenPhoneSignature(header, body, keyBytes, now)).toEqual({ ok: true });
  });

  it('signs exactly as node:crypto computes it', async () => {
    expect(await openPhoneSignature(body, keyBytes, now)).toBe(
      `hmac;1;${now};${nodeDigest(now, body)}`,
    );
  });

  it('refuses a missing or empty header', async () => {
    expect(await verifyOpenPhoneSignature(null, body, keyBytes, now)).toEqual({
      ok: false,
      code: 'missing-signature',
    });
    expect(await verifyOpenPhoneSignature(' ', body, keyBytes, now)).toEqual({
      ok: false,
      code: 'missing-signature',
    });
  });

  it('refuses a header that is not hmac;1;<timestamp>;<base64>', async () => {
    for (const header of [
      'sha256=abc',
      `hmac;2;${now};${nodeDigest(now, body)}`,
      `hmac;1;soon;${nodeDigest(now, body)}`,
      `hmac;1;${now};not base64!`,
    ]) {
      expect(await verifyOpenPhoneSignature(header, body, keyBytes, now)).toEqual({
        ok: false,
        code: 'malformed-signature',
      });
    }
  });

  it('refuses a signature made with another key', async () => {
    const other = createHmac('sha256', 'another key')
      .update(`${now}.`)
      .update(body)
      .digest('base64');
    expect(await verifyOpenPhoneSignature(`hmac;1;${now};${other}`, body, keyBytes, now)).toEqual({
      ok: false,
      code: 'bad-signature',
    });
  });

  it('checks the raw bytes: the same JSON re-serialised with a space does not pass', async () => {
    const header = `hmac;1;${now};${nodeDigest(now, body)}`;
    const reformatted = new TextEncoder().encode(
      JSON.stringify(JSON.parse(new TextDecoder().decode(body)), null, 1),
    );
    expect(await verifyOpenPhoneSignature(header, reformatted, keyBytes, now)).toEqual({
      ok: false,
      code: 'bad-signature',
    });
  });

  it('refuses a timestamp more than five minutes old or ahead, even with a valid digest', async () => {
    for (const at of [now - 5 * 60_000 - 1, now + 5 * 60_000 + 1, now - 86_400_000]) {
      const header = `hmac;1;${at};${nodeDigest(at, body)}`;
      expect(await verifyOpenPhoneSignature(header, body, keyBytes, now)).toEqual({
        ok: false,
        code: 'stale',
      });
    }
    const edge = now - 5 * 60_000;
    expect(
      await verifyOpenPhoneSignature(
        `hmac;1;${edge};${nodeDigest(edge, body)}`,
        body,
        keyBytes,
        now,
      ),
    ).toEqual({ ok: true });
  });

  it('reads a timestamp in seconds as seconds', async () => {
    const seconds = Math.floor(now / 1000);
    const header = `hmac;1;${seconds};${nodeDigest(seconds, body)}`;
    expect(await verifyOpenPhoneSignature(header, body, keyBytes, now)).toEqual({ ok: true });
  });

  it('accepts one valid signature among several (key rotation)', async () => {
    const wrong = createHmac('sha256', 'old key').update(`${now}.`).update(body).digest('base64');
    const header = `hmac;1;${now};${wrong},hmac;1;${now};${nodeDigest(now, body)}`;
    expect(await verifyOpenPhoneSignature(header, body, keyBytes, now)).toEqual({ ok: true });
  });

  it('fails for any change to a signed body (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 300 }),
        fc.nat(),
        async (raw, position) => {
          const header = await openPhoneSignature(raw, keyBytes, now);
          expect(await verifyOpenPhoneSignature(header, raw, keyBytes, now)).toEqual({ ok: true });
          const changed = raw.slice();
          const index = position % changed.length;
          changed[index] = (changed[index] ?? 0) ^ 0x01;
          expect((await verifyOpenPhoneSignature(header, changed, keyBytes, now)).ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('verifyCareSoftSignature', () => {
  const secret = 'cs-webhook-secret';
  const expected = createHmac('sha1', secret).update(body).digest('hex').toUpperCase();

  it('accepts the uppercase hex HMAC-SHA1 of the raw body', async () => {
    expect(await careSoftSignature(body, secret)).toBe(expected);
    expect(await verifyCareSoftSignature(expected, body, secret)).toEqual({ ok: true });
  });

  it('accepts the sha1= prefix and lowercase hex', async () => {
    expect(await verifyCareSoftSignature(`sha1=${expected.toLowerCase()}`, body, secret)).toEqual({
      ok: true,
    });
  });

  it('refuses a missing, malformed or wrong signature', async () => {
    expect(await verifyCareSoftSignature(null, body, secret)).toEqual({
      ok: false,
      code: 'missing-signature',
    });
    expect(await verifyCareSoftSignature('XYZ', body, secret)).toEqual({
      ok: false,
      code: 'malformed-signature',
    });
    const other = createHmac('sha1', 'other').update(body).digest('hex').toUpperCase();
    expect(await verifyCareSoftSignature(other, body, secret)).toEqual({
      ok: false,
      code: 'bad-signature',
    });
  });
});

describe('constantTimeEqual', () => {
  it('is true only for the same bytes', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2]))).toBe(false);
  });
});

describe('nodeHmac', () => {
  it('computes the same HMAC-SHA256 and HMAC-SHA1 as Web Crypto', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('SHA-256' as const, 'SHA-1' as const),
        fc.uint8Array({ minLength: 1, maxLength: 80 }),
        fc.uint8Array({ maxLength: 2000 }),
        async (algorithm, secret, data) => {
          expect(await nodeHmac(algorithm, secret, data)).toEqual(
            await webCryptoHmac(algorithm, secret, data),
          );
        },
      ),
    );
  });

  it("checks both providers' signatures when passed to the checks", async () => {
    const header = `hmac;1;${now};${nodeDigest(now, body)}`;
    expect(await verifyOpenPhoneSignature(header, body, keyBytes, now, nodeHmac)).toEqual({
      ok: true,
    });
    expect(await verifyOpenPhoneSignature(header, body.slice(1), keyBytes, now, nodeHmac)).toEqual({
      ok: false,
      code: 'bad-signature',
    });
    const secret = 'caresoft-secret';
    const signed = await careSoftSignature(body, secret);
    expect(await verifyCareSoftSignature(signed, body, secret, nodeHmac)).toEqual({ ok: true });
    expect(await verifyCareSoftSignature(signed, body, 'other', nodeHmac)).toEqual({
      ok: false,
      code: 'bad-signature',
    });
  });
});
