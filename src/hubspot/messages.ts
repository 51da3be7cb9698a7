import type { CallId, EngagementId } from '../call/ids';

/** What the widget tells HubSpot: one entry per SDK method we use (docs/contracts.md, HubSpot). */
export interface ToHubSpot {
  initialized: { isLoggedIn: boolean; engagementId?: number };
  outgoingCall: {
    externalCallId: string;
    toNumber: string;
    fromNumber?: string;
    callStartTime: number;
    createEngagement: true;
    dialingContext: Readonly<Record<string, unknown>>;
  };
  incomingCall: {
    externalCallId: string;
    fromNumber: string;
    toNumber: string;
    callStartTime: number;
    createEngagement: true;
  };
  callAnswered: { externalCallId: string };
  callEnded: { externalCallId: string; engagementId?: EngagementId; callEndStatus: string };
  callCompleted: {
    externalCallId: string;
    engagementId?: EngagementId;
    hideWidget: boolean;
    engagementProperties: Record<string, string>;
  };
  sendError: { message: string };
  navigateToRecord: {
    objectCoordinates: ObjectCoordinates;
    openIn: 'CURRENT_TAB' | 'NEW_TAB';
    engagementId?: EngagementId;
  };
  resizeWidget: { width: number; height: number };
  userLoggedIn: undefined;
  userLoggedOut: undefined;
  userAvailable: undefined;
  userUnavailable: undefined;
}

export interface ObjectCoordinates {
  portalId: number;
  objectId: number;
  objectTypeId: '0-1' | '0-2';
}

/** A record HubSpot found for an inbound caller's number (`onCallerIdMatchSucceeded`). */
export interface CallerIdMatch {
  name: string;
  kind: 'CONTACT' | 'COMPANY';
  objectCoordinates: ObjectCoordinates;
}

/** Where HubSpot placed the widget (docs/contracts.md, HubSpot `onReady`). */
export interface HostContext {
  engagementId: EngagementId | null;
  iframeLocation: 'widget' | 'remote' | 'window' | null;
  usesCallingWindow: boolean;
  portalId: number | null;
  userId: number | null;
  ownerId: number | null;
}

/** What HubSpot tells the widget, already read into plain values. */
export type FromHubSpot =
  /**
   * `greeted`: the `initialized` the SDK link already sent for this SYNC, before the widget
   * was wired (`widget/early-greeting.ts`); null when the widget is to send it.
   */
  | { type: 'ready'; context: HostContext; greeted: ToHubSpot['initialized'] | null }
  | { type: 'dialNumber'; payload: unknown }
  /** `callId`: the call the answer names (`externalCallId`), when HubSpot names one. */
  | { type: 'engagementCreated'; engagementId: EngagementId; callId?: CallId | null }
  /** `reason`: HubSpot's own words, null when its payload had none (`readFailureReason`). */
  | { type: 'engagementCreateFailed'; reason: string | null; callId?: CallId | null }
  | { type: 'engagementUpdateFailed'; reason: string | null }
  | { type: 'endCall' }
  | { type: 'visibilityChanged'; hidden: boolean }
  | { type: 'callerIdMatched'; matches: CallerIdMatch[] }
  | { type: 'callerIdMatchFailed' }
  | { type: 'navigateToRecordFailed'; reason: string | null };

export type HubSpotSend = <K extends keyof ToHubSpot>(
  type: K,
  ...payload: ToHubSpot[K] extends undefined ? [] : [ToHubSpot[K]]
) => void;
