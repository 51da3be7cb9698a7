import { describe, expect, it } from 'vitest';
import { isHubSpotHostOrigin } from '../../src/hubspot/host-origin';
import { contentSecurityPolicy } from '../../src/security/security-headers';

const own = 'https://calls.example.com';
const production = { development: false, extraOrigins: [] };
const development = { development: true, extraOrigins: [] };

/** The origins frame-ancestors lets embed the widget, besides 'self'. */
const frameAncestors = (options: Parameters<typeof contentSecurityPolicy>[0] = {}) =>
  (
    contentSecurityPolicy(options)
      .split('; ')
      .find((directive) => directive.startsWith('frame-ancestors '))
      ?.split(' ')
      .slice(1) ?? []
  ).filter((source) => source !== "'self'");

describe('isHubSpotHostOrigin', () => {
  it.each([
    'https://app.hubspot.com',
    'https://app-eu1.hubspot.com',
    'https://app-na2.hubspot.com',
    'https://app-na3.hubspot.com',
    'https://app-ap1.hubspot.com',
    own,
  ])('lets %s start the handshake in a production build', (origin) => {
    expect(isHubSpotHostOrigin(origin, own, production)).toBe(true);
  });

  it.each([
    'https://localhost:9025',
    'https://localhost:41234',
    'https://127.0.0.1:41234',
    'https://localhost',
  ])('refuses the local host %s in a production build', (origin) => {
    expect(isHubSpotHostOrigin(origin, own, production)).toBe(false);
  });

  it.each(['https://localhost:9025', 'https://127.0.0.1:41234'])(
    'lets the local host %s start it in a development build',
    (origin) => {
      expect(isHubSpotHostOrigin(origin, own, development)).toBe(true);
    },
  );

  it.each([
    'https://app-anything.hubspot.com',
    'https://app.hubspotqa.com',
    'https://app-eu1.hubspotqa.com',
    'https://evil.example',
    'http://app.hubspot.com',
    'https://app.hubspot.com.evil.example',
    'https://evilhubspot.com',
    'https://app.hubspot.co',
    'https://app.hubspot.com:8443',
    'http://localhost:9025',
    'null',
  ])('refuses %s, which frame-ancestors does not name either', (origin) => {
    expect(isHubSpotHostOrigin(origin, own, development)).toBe(false);
    expect(frameAncestors({ development: true })).not.toContain(origin);
  });

  it('accepts an origin the admin added when building, as frame-ancestors does', () => {
    const policy = { development: false, extraOrigins: ['https://app-eu2.hubspot.com'] };
    expect(isHubSpotHostOrigin('https://app-eu2.hubspot.com', own, policy)).toBe(true);
    expect(frameAncestors({ extraFrameAncestors: policy.extraOrigins })).toContain(
      'https://app-eu2.hubspot.com',
    );
  });

  it('trusts, in a production build, exactly the hosts the production framing policy names', () => {
    const framing = frameAncestors();
    expect(framing.length).toBeGreaterThan(0);
    for (const origin of framing) expect(isHubSpotHostOrigin(origin, own, production)).toBe(true);
  });

  it('trusts, in a development build, the local simulator the development policy adds', () => {
    for (const origin of frameAncestors({ development: true })) {
      expect(isHubSpotHostOrigin(origin, own, development)).toBe(true);
    }
  });

  it('is the production policy in this test run only when Vite says so', async () => {
    const { buildHostOriginPolicy } = await import('../../src/hubspot/host-origin');
    expect(buildHostOriginPolicy).toEqual({ development: import.meta.env.DEV, extraOrigins: [] });
  });
});
