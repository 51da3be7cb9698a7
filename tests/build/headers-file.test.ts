import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  hubSpotAppOrigins,
  securityHeaders,
  staticHostHeadersFile,
} from '../../src/security/security-headers';

/** The policy as a map from directive to its sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('public/_headers', () => {
  it('is exactly what src/security/security-headers.ts says static hosts must send', () => {
    const onDisk = readFileSync('public/_headers', 'utf8');
    expect(
      onDisk,
      `public/_headers is out of date; write this into it:\n${staticHostHeadersFile()}`,
    ).toBe(staticHostHeadersFile());
  });

  it('applies the headers to every path', () => {
    const lines = staticHostHeadersFile().split('\n');
    const pattern = lines.indexOf('/*');
    expect(lines.slice(pattern + 1, -1)).toEqual(
      Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`),
    );
  });
});

describe('contentSecurityPolicy', () => {
  const production = parse(contentSecurityPolicy());

  it('runs only our own scripts: no inline script, no eval', () => {
    expect(production.get('script-src')).toEqual(["'self'"]);
    expect(production.get('default-src')).toEqual(["'self'"]);
    expect(production.get('object-src')).toEqual(["'none'"]);
  });

  it('lets only HubSpot, this origin and the local simulator embed the widget', () => {
    expect(production.get('frame-ancestors')).toEqual([
      "'self'",
      'https://app.hubspot.com',
      'https://app-eu1.hubspot.com',
      ...hubSpotAppOrigins.slice(2),
      'https://localhost:9025',
    ]);
    for (const origin of hubSpotAppOrigins)
      expect(origin).toMatch(/^https:\/\/app(-\w+)?\.hubspot\.com$/);
  });

  it('reaches https lookup services and shows their https logos', () => {
    expect(production.get('connect-src')).toEqual(["'self'", 'https:']);
    expect(production.get('img-src')).toEqual(["'self'", 'data:', 'https:']);
  });

  it('allows, in dev only, the inline scripts named by hash and the HMR websocket', () => {
    const dev = parse(
      contentSecurityPolicy({ inlineScriptHashes: ['sha256-abc='], hotReload: true }),
    );
    expect(dev.get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'https:', 'wss:']);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|sha256|wss:/);
  });
});
