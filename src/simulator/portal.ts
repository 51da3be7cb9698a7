/**
 * Who "HubSpot" is in the simulator: one portal, one signed-in user who owns the records.
 * The numbers only need to look like HubSpot's (plain integers, not strings).
 */
export const portal = {
  portalId: 48213057,
  userId: 9183342,
  ownerId: 781204561,
} as const;

/** Where HubSpot placed the iframe (SPEC §1 `onReady`); the simulator is the call sidebar. */
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
