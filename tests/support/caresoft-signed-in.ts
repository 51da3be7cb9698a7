import { defaultCareSoft } from '../../src/settings/settings';

/** A CsCall token (a JWT) carrying `payload`; its signature is never checked in the browser. */
export const careSoftJwt = (payload: object): string =>
  ['{"alg":"HS256","typ":"JWT"}', JSON.stringify(payload)]
    .map((part) => btoa(part).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'))
    .concat('c2lnbmF0dXJlLW9mLXRoaXJ0eS10d28tYnl0ZXMtLS0')
    .join('.');

/** A well-formed CsCall token for extension 1001, with no expiry. */
export const careSoftToken = careSoftJwt({ ipphone: '1001' });

/** CsCall set up and the login link confirmed: calls can be handed off to it. */
export const signedInCareSoft = {
  ...defaultCareSoft,
  domain: 'test',
  token: careSoftToken,
  loggedIn: true,
};
