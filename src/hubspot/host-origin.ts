import { hubSpotAppOrigins } from '../security/hubspot-hosts';

/** Who, besides HubSpot's app hosts and the widget's own origin, may start the handshake. */
export interface HostOriginPolicy {
  /**
   * A development build (`npm start`): the simulator or benchmark on any local https port
   * may start it. Never true in a production build.
   */
  development: boolean;
  /**
   * Origins an admin allowed when building (`HANDOFF_EXTRA_HOST_ORIGINS`, read by
   * vite.config.ts), which frame-ancestors allows too.
   */
  extraOrigins: readonly string[];
}

/** This build's policy: fixed when it was built, never read from the page. */
export const buildHostOriginPolicy: HostOriginPolicy = {
  development: import.meta.env.DEV,
  extraOrigins:
    typeof __HANDOFF_EXTRA_HOST_ORIGINS__ === 'undefined' ? [] : __HANDOFF_EXTRA_HOST_ORIGINS__,
};

const localDevelopmentOrigin = /^https:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;

/**
 * Windows allowed to start the SDK handshake. The SDK takes the first SYNC from any
 * window and trusts its origin from then on, so an attacker page that framed the widget
 * could speak first; we only let through the HubSpot app hosts that frame-ancestors names
 * (src/security/hubspot-hosts.ts, one list for both), the widget's own origin (the
 * simulator), and in development builds local hosts.
 */
export function isHubSpotHostOrigin(
  origin: string,
  ownOrigin: string,
  policy: HostOriginPolicy = buildHostOriginPolicy,
): boolean {
  if (origin === ownOrigin) return true;
  if (hubSpotAppOrigins.includes(origin) || policy.extraOrigins.includes(origin)) return true;
  return policy.development && localDevelopmentOrigin.test(origin);
}
