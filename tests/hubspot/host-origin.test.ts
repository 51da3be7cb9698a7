import { describe, expect, it } from 'vitest';
import { isHubSpotHostOrigin } from '../../src/hubspot/host-origin';

const own = 'https://calls.example.com';

describe('isHubSpotHostOrigin', () => {
  it.each([
    'https://app.hubspot.com',
    'https://app-eu1.hubspot.com',
    'https://app-na2.hubspot.com',
    'https://app.hubspotqa.com',
    'https://localhost:9025',
    'https://127.0.0.1:41234',
    own,
  ])('lets %s start the handshake', (origin) => {
    expect(isHubSpotHostOrigin(origin, own)).toBe(true);
  });

  it.each([
    'https://evil.example',
    'http://app.hubspot.com',
    'https://app.hubspot.com.evil.example',
    'https://evilhubspot.com',
    'https://app.hubspot.co',
    'http://localhost:9025',
    'null',
  ])('refuses %s', (origin) => {
    expect(isHubSpotHostOrigin(origin, own)).toBe(false);
  });
});
