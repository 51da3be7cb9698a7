// The widget's HTTP security headers, in one place. Read by vite.config.ts (dev and
// preview servers) and checked against public/_headers (static hosts) by
// tests/build/headers-file.test.ts. Never imported by the browser bundle.

/**
 * HubSpot's app hosts, which embed the calling widget (SPEC §1). `app.hubspot.com` is the
 * original (na1) data centre; each other data centre ("Hublet") has its own
 * `app-<hublet>.hubspot.com`, the `uiDomain` HubSpot's account-info API reports.
 */
export const hubSpotAppOrigins = [
  'https://app.hubspot.com',
  'https://app-eu1.hubspot.com',
  'https://app-na2.hubspot.com',
  'https://app-na3.hubspot.com',
  'https://app-ap1.hubspot.com',
] as const;

/** The local HubSpot simulator (`npm start`), which may embed a deployed widget. */
export const localSimulatorOrigin = 'https://localhost:9025';

export interface PolicyOptions {
  /**
   * Dev server only: `sha256-…` hashes of the inline scripts Vite's plugins write into
   * index.html (React Fast Refresh's preamble). The production build has none.
   */
  inlineScriptHashes?: readonly string[];
  /** Dev server only: allow the HMR websocket. */
  hotReload?: boolean;
  /**
   * Further origins allowed to embed the widget, e.g. the benchmark's own simulator on a
   * free port, which must be cross-site to the widget as HubSpot is.
   */
  extraFrameAncestors?: readonly string[];
}

type Directives = ReadonlyArray<readonly [name: string, sources: readonly string[]]>;

function directives(options: PolicyOptions): Directives {
  const hashes = (options.inlineScriptHashes ?? []).map((hash) => `'${hash}'`);
  return [
    ['default-src', ["'self'"]],
    // No 'unsafe-inline', no 'unsafe-eval': only our own files run.
    ['script-src', ["'self'", ...hashes]],
    // styled-components writes its CSS into <style> elements it creates at run time, and
    // a static host cannot hand out a fresh nonce per response.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // CRM logos from the customer's lookup service are https images.
    ['img-src', ["'self'", 'data:', 'https:']],
    // The phone-lookup service is whatever https URL the customer configures.
    ['connect-src', ["'self'", 'https:', ...(options.hotReload ? ['wss:'] : [])]],
    // The same page is the simulator when opened top-level: it embeds this widget, or
    // the https widget named in HubSpot's LocalSettings override.
    ['frame-src', ["'self'", 'https:']],
    // Who may embed the widget: HubSpot, the simulator on this origin, the local one.
    [
      'frame-ancestors',
      [
        "'self'",
        ...hubSpotAppOrigins,
        localSimulatorOrigin,
        ...(options.extraFrameAncestors ?? []),
      ],
    ],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
}

/** The Content-Security-Policy header value; strict (production) unless options say dev. */
export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  return directives(options)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Every security header the widget's pages are served with. */
export function securityHeaders(options: PolicyOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}

/**
 * public/_headers, the format Netlify and Cloudflare Pages read: a path pattern, then
 * its headers indented below it. Vite copies public/ into dist/ as is.
 */
export function staticHostHeadersFile(): string {
  const lines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Security headers for static hosts that read _headers (Netlify, Cloudflare Pages).',
    '# Written from src/security/security-headers.ts; tests/build/headers-file.test.ts',
    '# fails when the two differ.',
    '/*',
    ...lines,
    '',
  ].join('\n');
}
