// HubSpot's own hosts, in one list: who may frame the widget and start its handshake
// (src/security/security-headers.ts, src/hubspot/host-origin.ts), and where the admin CLI
// may send the developer key (src/cli/hubspot-settings/settings-args.ts). Imported by the
// browser bundle: hosts only, nothing secret.

/**
 * HubSpot's data centres ("Hublets"). The original one (na1) is `app.hubspot.com` and
 * `api.hubapi.com`; each other has `app-<hublet>.hubspot.com`, the `uiDomain` HubSpot's
 * account-info API reports, and `api-<hublet>.hubapi.com`. HubSpot publishes no full list:
 * a portal on another one is added here, and every check follows.
 */
export const hubSpotHublets = ['na1', 'eu1', 'na2', 'na3', 'ap1'] as const;

export type HubSpotHublet = (typeof hubSpotHublets)[number];

const suffix = (hublet: HubSpotHublet) => (hublet === 'na1' ? '' : `-${hublet}`);

/** HubSpot's app, which embeds the calling widget, in every data centre. */
export const hubSpotAppOrigins: readonly string[] = hubSpotHublets.map(
  (hublet) => `https://app${suffix(hublet)}.hubspot.com`,
);

/** HubSpot's REST API hosts, in every data centre. */
export const hubSpotApiHosts: readonly string[] = hubSpotHublets.map(
  (hublet) => `api${suffix(hublet)}.hubapi.com`,
);

/** The local HubSpot simulator (`npm start`), which may embed a widget under development. */
export const localSimulatorOrigin = 'https://localhost:9025';
