import { createHmac } from 'node:crypto';
import type { Hmac } from './signature.js';

// Web Crypto's HMAC on Node hands each signature to the thread pool and back: about ten
// times the CPU of node:crypto's, a tenth of the service's time per webhook in
// `npm run bench:sync`. The Node entry points use this one; Workers keep Web Crypto.

/** The same HMAC as `webCryptoHmac`, computed with node:crypto. */
export const nodeHmac: Hmac = async (algorithm, key, data) =>
  new Uint8Array(
    createHmac(algorithm === 'SHA-256' ? 'sha256' : 'sha1', key)
      .update(data)
      .digest(),
  );
