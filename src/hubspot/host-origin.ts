/**
 * Windows allowed to start the SDK handshake. The SDK takes the first SYNC from any
 * window and trusts its origin from then on, so an attacker page that framed the widget
 * could speak first; we only let HubSpot's app hosts (every region: app, app-eu1,
 * app-na2…, and the QA portals) and local development hosts through.
 */
export function isHubSpotHostOrigin(origin: string, ownOrigin: string): boolean {
  if (origin === ownOrigin) return true;
  if (/^https:\/\/app(-[a-z0-9]+)?\.hubspot(qa)?\.com$/.test(origin)) return true;
  // A simulator served by `npm start` or the benchmark on another local port.
  return /^https:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin);
}
