/** Our id for a call: sent to HubSpot as `externalCallId` and to CareSoft as `tempId`. */
export type CallId = string & { readonly __brand: 'CallId' };

/** HubSpot's id for the call's timeline entry; arrives at any moment after `outgoingCall`. */
export type EngagementId = number & { readonly __brand: 'EngagementId' };

export const toCallId = (value: string): CallId => value as CallId;
export const toEngagementId = (value: number): EngagementId => value as EngagementId;
