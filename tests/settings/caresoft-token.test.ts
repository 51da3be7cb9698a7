import fc from 'fast-check';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { inspectCareSoftToken } from '../../src/settings/caresoft-token';
import { english } from '../support/in-english';

const secret = new TextEncoder().encode('apiVoiceAccessToken of the test account');
const now = Date.UTC(2026, 0, 15, 9, 0, 0);
const nowSeconds = now / 1000;

function mint(payload: Record<string, unknown>, header: Record<string, unknown> = {}) {
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', ...header }).sign(secret);
}

function part(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A token whose signature has the length of an HS256 one, for payloads jose would not sign. */
function forged(header: unknown, payload: unknown): string {
  return `${part(header)}.${part(payload)}.${Buffer.alloc(32, 7).toString('base64url')}`;
}

function reasonFor(token: string): string {
  const inspection = inspectCareSoftToken(token, now);
  if (inspection.kind !== 'invalid') throw new Error(`expected invalid, got ${inspection.kind}`);
  return english(inspection.reason);
}

describe('inspectCareSoftToken', () => {
  it('reads the extension of a token without expiry', async () => {
    expect(inspectCareSoftToken(await mint({ ipphone: '1001' }), now)).toEqual({
      kind: 'valid',
      ipphone: '1001',
      expiresAt: null,
      expired: false,
    });
  });

  it('reads the header jwt.io writes ({"alg":"HS256","typ":"JWT"})', async () => {
    const token = await mint({ ipphone: '1001' }, { typ: 'JWT' });
    expect(token.startsWith('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.')).toBe(true);
    expect(inspectCareSoftToken(token, now)).toMatchObject({ kind: 'valid', ipphone: '1001' });
  });

  it('gives the expiry in milliseconds and says the token is still good before it', async () => {
    const exp = nowSeconds + 3600;
    expect(inspectCareSoftToken(await mint({ ipphone: '1001', exp }), now)).toEqual({
      kind: 'valid',
      ipphone: '1001',
      expiresAt: exp * 1000,
      expired: false,
    });
  });

  it('says a token is expired from the second of its exp on', async () => {
    const atExp = inspectCareSoftToken(await mint({ ipphone: '1001', exp: nowSeconds }), now);
    expect(atExp).toMatchObject({ kind: 'valid', expired: true });
    const before = inspectCareSoftToken(
      await mint({ ipphone: '1001', exp: nowSeconds - 86400 }),
      now,
    );
    expect(before).toMatchObject({ kind: 'valid', ipphone: '1001', expired: true });
  });

  it('accepts a numeric ipphone and gives it back as text', async () => {
    expect(inspectCareSoftToken(await mint({ ipphone: 1001 }), now)).toMatchObject({
      kind: 'valid',
      ipphone: '1001',
    });
  });

  it('ignores whitespace around the pasted token', async () => {
    const token = await mint({ ipphone: '1001' });
    expect(inspectCareSoftToken(`  ${token}\n`, now)).toMatchObject({
      kind: 'valid',
      ipphone: '1001',
    });
  });

  it('refuses a token cut by a line break in the middle', async () => {
    const token = await mint({ ipphone: '1001' });
    expect(reasonFor(`${token.slice(0, 40)}\n${token.slice(40)}`)).toMatch(/spaces or line breaks/);
  });

  it.each([
    ['two parts', 'eyJhbGciOiJIUzI1NiJ9.eyJpcHBob25lIjoiMTAwMSJ9'],
    ['four parts', 'a.b.c.d'],
    ['no dot at all', '123456'],
    ['nothing', ''],
  ])('refuses %s: a CsCall token has three', (_, token) => {
    expect(reasonFor(token)).toBe(
      'This is not a CsCall token: it should have three parts separated by dots.',
    );
  });

  it.each([
    ['characters outside base64url', 'eyJhbGciOiJIUzI1NiJ9.eyJpcH+ob25lIjoiMTAwMSJ9.abc'],
    [
      'base64 that is not JSON',
      `${part({ alg: 'HS256' })}.${Buffer.from('hello').toString('base64url')}.abc`,
    ],
    ['JSON that is not an object', `${part({ alg: 'HS256' })}.${part(['1001'])}.abc`],
    ['an impossible base64 length', `${part({ alg: 'HS256' })}.eyJpc.abc`],
    [
      'bytes that are not UTF-8',
      `${part({ alg: 'HS256' })}.${Buffer.from([0xff, 0xfe]).toString('base64url')}.abc`,
    ],
  ])('refuses parts with %s', (_, token) => {
    expect(reasonFor(token)).toMatch(/^This is not a CsCall token: its parts are not readable/);
  });

  it('refuses a token signed with another algorithm than HS256', () => {
    expect(reasonFor(forged({ alg: 'RS256' }, { ipphone: '1001' }))).toMatch(/HS256/);
  });

  it('accepts a header without alg, as long as the rest is right', () => {
    expect(inspectCareSoftToken(forged({}, { ipphone: '1001' }), now)).toMatchObject({
      kind: 'valid',
      ipphone: '1001',
    });
  });

  it('refuses an unsigned token', () => {
    expect(reasonFor(`${part({ alg: 'HS256' })}.${part({ ipphone: '1001' })}.`)).toMatch(
      /not signed/,
    );
  });

  it('refuses a token whose signature was cut short', async () => {
    const token = await mint({ ipphone: '1001' });
    expect(reasonFor(token.slice(0, -5))).toMatch(/cut short/);
  });

  it.each([
    ['no ipphone', { sub: '1001' }],
    ['an empty ipphone', { ipphone: '' }],
    ['an ipphone that is neither text nor a number', { ipphone: { ext: 1001 } }],
    ['a negative ipphone', { ipphone: -1 }],
  ])('refuses a token with %s', (_, payload) => {
    expect(reasonFor(forged({ alg: 'HS256' }, payload))).toBe(
      'The token has no ipphone (extension) in it.',
    );
  });

  it('refuses a token whose exp is not a number of seconds', () => {
    expect(reasonFor(forged({ alg: 'HS256' }, { ipphone: '1001', exp: '2030-01-01' }))).toMatch(
      /exp/,
    );
  });

  it.each([
    ['99999999999 days away', nowSeconds + 99_999_999_999 * 86_400],
    ['past the last date a clock can show', 8.64e12 + 1],
    ['before the first one', -8.64e12 - 1],
  ])('refuses a token whose exp is %s, rather than show "Invalid Date"', (_, exp) => {
    expect(reasonFor(forged({ alg: 'HS256' }, { ipphone: '1001', exp }))).toMatch(/exp/);
  });

  it('gives back the ipphone and expiry of any token signed with them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1 }).filter((text) => text.trim() !== ''),
        fc.option(fc.integer({ min: 0, max: 4_102_444_800 }), { nil: undefined }),
        async (ipphone, exp) => {
          const token = await mint(exp === undefined ? { ipphone } : { ipphone, exp });
          expect(inspectCareSoftToken(token, now)).toEqual({
            kind: 'valid',
            ipphone,
            expiresAt: exp === undefined ? null : exp * 1000,
            expired: exp !== undefined && now >= exp * 1000,
          });
        },
      ),
    );
  });

  it('answers valid or invalid, never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: fc.constantFrom('e', 'y', 'J', '.', '-', '_', '=', ' ', '0') }),
        ),
        (pasted) => {
          expect(['valid', 'invalid']).toContain(inspectCareSoftToken(pasted, now).kind);
        },
      ),
    );
  });
});
