// The widget's HTTP security headers, in one place. Read by vite.config.ts (dev and
// preview servers) and checked against public/_headers (static hosts) by
// tests/build/headers-file.test.ts. Never imported by the browser bundle.

import { hashedAssetCacheControl, hashedAssetsPattern } from '../build/hashed-assets.js';
import { hubSpotAppOrigins, localSimulatorOrigin } from './hubspot-hosts.js';

export interface PolicyOptions {
  /**
   * The dev server (`npm start`): the local simulator on https://localhost:9025 may embed
   * the widget, as the development build lets local hosts start the handshake
   * (src/hubspot/host-origin.ts). Production policies leave it out.
   */
  development?: boolean;
  /**
   * Dev server only: `sha256-…` hashes of the inline scripts Vite's plugins write into
   * index.html (React Fast Refresh's preamble). The production build has none.
   */
  inlineScriptHashes?: readonly string[];
  /** Dev server only: allow the HMR websocket. */
  hotReload?: boolean;
  /**
   * Further origins allowed to embed the widget: the admin's `HANDOFF_EXTRA_HOST_ORIGINS`
   * (which the build's handshake check accepts too), or the benchmark's simulator.
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
    // Who may embed the widget: HubSpot, the simulator on this origin, the local one in
    // development, and what the admin added.
    [
      'frame-ancestors',
      [
        "'self'",
        ...hubSpotAppOrigins,
        ...(options.development ? [localSimulatorOrigin] : []),
        ...(options.extraFrameAncestors ?? []),
      ],
    ],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
}

/**
 * Reads `HANDOFF_EXTRA_HOST_ORIGINS`: https origins, separated by commas or spaces, that an
 * admin allows to embed the widget and start its handshake (a HubSpot data centre missing
 * from src/security/hubspot-hosts.ts, or a simulator on another host). Anything that is not
 * exactly an https origin stops the build, rather than be allowed half-read.
 */
export function readExtraHostOrigins(value: string | undefined): string[] {
  const given = (value ?? '').split(/[\s,]+/).filter((item) => item !== '');
  return given.map((item) => {
    let url: URL | undefined;
    try {
      url = new URL(item);
    } catch {}
    // No wildcard: the handshake check compares origins exactly, as it must.
    const exact = url?.origin === item && /^[a-z0-9.-]+$/.test(url.hostname);
    if (!exact || !item.startsWith('https://')) {
      throw new Error(
        `HANDOFF_EXTRA_HOST_ORIGINS: ${JSON.stringify(item)} is not an https origin such as https://app-eu2.hubspot.com (no path, no trailing slash)`,
      );
    }
    return item;
  });
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
 * its headers indented below it, each block added to the ones before that match. Vite
 * copies public/ into dist/ as is.
 */
export function staticHostHeadersFile(options: PolicyOptions = {}): string {
  const lines = Object.entries(securityHeaders(options)).map(
    ([name, value]) => `  ${name}: ${value}`,
  );
  return [
    '# Security headers for static hosts that read _headers (Netlify, Cloudflare Pages),',
    '# and the hashed files kept for good. Written from src/security/security-headers.ts;',
    '# tests/build/headers-file.test.ts fails when the two differ.',
    '/*',
    ...lines,
    hashedAssetsPattern,
    `  Cache-Control: ${hashedAssetCacheControl}`,
    '',
  ].join('\n');
}
