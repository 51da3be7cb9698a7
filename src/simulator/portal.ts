/**
 * Who "HubSpot" is in the simulator: one portal, one signed-in user who owns the records.
 * The numbers only need to look like HubSpot's (plain integers, not strings).
 */
export const portal = {
  portalId: 48213057,
  userId: 9183342,
  ownerId: 781204561,
} as const;

/** Where HubSpot placed the iframe (docs/contracts.md, HubSpot `onReady`); the simulator is the call sidebar. */
export type IframeLocation = 'widget' | 'remote' | 'window';

/** What HubSpot's SYNC carries besides `hostUrl`; the widget's `onReady` receives it. */
export interface SyncIdentity {
  portalId: number;
  userId: number;
  ownerId: number;
  iframeLocation: IframeLocation;
  usesCallingWindow: boolean;
}

export const syncIdentity: SyncIdentity = {
  ...portal,
  iframeLocation: 'widget',
  usesCallingWindow: false,
};

/**
 * The three places HubSpot loads a calling app (docs/contracts.md, HubSpot `onReady`): the record sidebar
 * (`widget`), the navigation-bar frame that stays up for inbound calls (`remote`), and the
 * calling window (`window`); the last two only for apps that use the calling window.
 */
export function syncIdentityAt(iframeLocation: IframeLocation): SyncIdentity {
  return { ...portal, iframeLocation, usesCallingWindow: iframeLocation !== 'widget' };
}

/** The simulated location, from the simulator page's own `?location=`. */
export function iframeLocationFrom(search: string): IframeLocation {
  const value = new URLSearchParams(search).get('location');
  return value === 'remote' || value === 'window' ? value : 'widget';
}
