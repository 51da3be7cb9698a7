import type { MessageKey } from '../i18n/catalog';
import type { Message } from '../i18n/message';

/**
 * What the widget can tell about a pasted CsCall token (docs/contracts.md, CsCall, "Token").
 *
 * `valid` only means well formed: the signature cannot be checked in the browser, which must
 * never hold the account secret. `expiresAt` is in milliseconds since the epoch, like `now`.
 */
export type CareSoftTokenInspection =
  | { kind: 'valid'; ipphone: string; expiresAt: number | null; expired: boolean }
  | { kind: 'invalid'; reason: Message };

/**
 * Reads the extension (`ipphone`) and expiry (`exp`) out of an agent's CsCall token, so the
 * settings can show whose token it is and warn before CsCall turns it down (docs/contracts.md, CsCall).
 *
 * A CsCall token is an HS256 JWT: three base64url parts separated by dots, the middle one a JSON
 * payload `{ "ipphone": "<extension>" }`, with an optional `exp` in seconds.
 *
 * @param token the token as pasted; surrounding whitespace is ignored
 * @param now the current time in milliseconds since the epoch
 */
export function inspectCareSoftToken(token: string, now: number): CareSoftTokenInspection {
  const pasted = token.trim();
  if (/\s/.test(pasted)) {
    return invalid('careSoft.problem.spaces');
  }
  const parts = pasted.split('.');
  const [header = '', payload = '', signature = ''] = parts;
  if (parts.length !== 3) {
    return invalid('careSoft.problem.parts');
  }

  const headerJson = decodeJsonObject(header);
  const payloadJson = decodeJsonObject(payload);
  if (headerJson === undefined || payloadJson === undefined) {
    return invalid('careSoft.problem.unreadable');
  }
  if ('alg' in headerJson && headerJson.alg !== 'HS256') {
    return invalid('careSoft.problem.algorithm');
  }
  if (signature === '') {
    return invalid('careSoft.problem.unsigned');
  }
  // An HS256 signature is 32 bytes, 43 base64url characters: anything else usually means the end
  // of the token was lost in the copy.
  if (decodeBase64Url(signature)?.length !== 32) {
    return invalid('careSoft.problem.cutShort');
  }

  const ipphone = readIpphone(payloadJson.ipphone);
  if (ipphone === undefined) {
    return invalid('careSoft.problem.noExtension');
  }

  const exp = payloadJson.exp;
  if (exp === undefined) {
    return { kind: 'valid', ipphone, expiresAt: null, expired: false };
  }
  const expiresAt = typeof exp === 'number' ? exp * 1000 : Number.NaN;
  // A Date holds ±8.64e15 ms: past that, "valid until" would read "Invalid Date".
  if (!Number.isFinite(expiresAt) || Math.abs(expiresAt) > maxDateMs) {
    return invalid('careSoft.problem.expiry');
  }
  // RFC 7519: the token must not be accepted on or after `exp`.
  return { kind: 'valid', ipphone, expiresAt, expired: now >= expiresAt };
}

const maxDateMs = 8.64e15;

function invalid(reason: MessageKey): CareSoftTokenInspection {
  return { kind: 'invalid', reason: { code: reason } };
}

// The document's payload is `{ "ipphone": "{{agent_id}}" }`, a string; a number is accepted too,
// because a token minted by hand on jwt.io easily ends up with `"ipphone": 1001`.
function readIpphone(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return undefined;
}

function decodeJsonObject(part: string): Record<string, unknown> | undefined {
  const bytes = decodeBase64Url(part);
  if (bytes === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

// atob rather than Buffer: this runs in the browser. JWT parts are unpadded base64url.
function decodeBase64Url(part: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(part) || part.length % 4 === 1) return undefined;
  const base64 = part.replaceAll('-', '+').replaceAll('_', '/');
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
