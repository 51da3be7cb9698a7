import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hubSpotAppOrigins } from '../../src/security/hubspot-hosts';
import {
  contentSecurityPolicy,
  readExtraHostOrigins,
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

  it('applies the security headers to every path', () => {
    expect(headerBlocks(staticHostHeadersFile()).get('/*')).toEqual(
      Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`),
    );
  });

  it('lets browsers keep the hashed files for good, and nothing else (index.html stays fresh)', () => {
    const blocks = headerBlocks(staticHostHeadersFile());
    expect([...blocks.keys()]).toEqual(['/*', '/assets/*']);
    expect(blocks.get('/assets/*')).toEqual([
      '  Cache-Control: public, max-age=31536000, immutable',
    ]);
    expect(blocks.get('/*')?.some((line) => /cache-control/i.test(line))).toBe(false);
  });
});

/** Each path pattern of a _headers file with the header lines indented below it. */
function headerBlocks(file: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of file.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith(' ')) {
      current?.push(line);
    } else {
      current = [];
      blocks.set(line, current);
    }
  }
  return blocks;
}

describe('readExtraHostOrigins', () => {
  it('reads https origins separated by commas or spaces', () => {
    expect(
      readExtraHostOrigins(' https://a.example, https://b.example:8443  https://c.example'),
    ).toEqual(['https://a.example', 'https://b.example:8443', 'https://c.example']);
    expect(readExtraHostOrigins(undefined)).toEqual([]);
    expect(readExtraHostOrigins('')).toEqual([]);
  });

  it.each([
    'http://a.example',
    'https://a.example/',
    'https://a.example/path',
    'a.example',
    '*',
    "'self'",
    'https://*.hubspot.com',
  ])('stops the build on %s, which is not exactly an https origin', (value) => {
    expect(() => readExtraHostOrigins(value)).toThrow(/HANDOFF_EXTRA_HOST_ORIGINS/);
  });
});

describe('contentSecurityPolicy', () => {
  const production = parse(contentSecurityPolicy());

  it('runs only our own scripts: no inline script, no eval', () => {
    expect(production.get('script-src')).toEqual(["'self'"]);
    expect(production.get('default-src')).toEqual(["'self'"]);
    expect(production.get('object-src')).toEqual(["'none'"]);
  });

  it('lets only HubSpot and this origin embed a production build', () => {
    expect(production.get('frame-ancestors')).toEqual([
      "'self'",
      'https://app.hubspot.com',
      'https://app-eu1.hubspot.com',
      'https://app-na2.hubspot.com',
      'https://app-na3.hubspot.com',
      'https://app-ap1.hubspot.com',
    ]);
    for (const origin of hubSpotAppOrigins)
      expect(origin).toMatch(/^https:\/\/app(-\w+)?\.hubspot\.com$/);
  });

  it('adds the local simulator (https://localhost:9025) in development only', () => {
    expect(parse(contentSecurityPolicy({ development: true })).get('frame-ancestors')).toEqual([
      "'self'",
      ...hubSpotAppOrigins,
      'https://localhost:9025',
    ]);
    expect(contentSecurityPolicy()).not.toContain('localhost');
  });

  it("adds the admin's origins wherever it is written", () => {
    const extra = ['https://app-eu2.hubspot.com'];
    expect(
      parse(contentSecurityPolicy({ extraFrameAncestors: extra })).get('frame-ancestors'),
    ).toEqual(["'self'", ...hubSpotAppOrigins, ...extra]);
    expect(staticHostHeadersFile({ extraFrameAncestors: extra })).toContain(
      'https://app-ap1.hubspot.com https://app-eu2.hubspot.com;',
    );
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
