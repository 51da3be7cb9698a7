import type { DialNumberData } from './dial-payload';
import type { FrameName } from './host-frames';

/** Which way a message went across the iframe boundary. */
export type MessageDirection = 'to-hubspot' | 'to-widget';

/** A message as the simulator records it, in `window.handoffSimulator.messages`. */
export interface RecordedMessage {
  direction: MessageDirection;
  type: string;
  /** The message's `data`; for SYNC / SYNC_ACK, which carry no `data`, its other fields. */
  data: unknown;
  at: number;
  /** Which of HubSpot's frames it crossed (`widget`, or `remote` / `window`). */
  frame?: FrameName;
}

/** A message from the widget, after the SDK has checked its origin. Nothing in it is trusted. */
export interface WidgetMessage {
  type: string;
  data: unknown;
}

export interface WidgetVisibility {
  isMinimized: boolean;
  isHidden: boolean;
}

/**
 * Everything the simulated HubSpot sends to the widget besides the SDK's own SYNC.
 * Every type here must have a handler name in the SDK (`messageHandlerNames`), or the
 * widget's SDK answers with ERROR UNKNOWN_MESSAGE_TYPE.
 */
export type ToWidgetMessage =
  | { type: 'DIAL_NUMBER'; data: DialNumberData }
  | { type: 'CREATE_ENGAGEMENT_SUCCEEDED'; data: { engagementId: number } }
  | { type: 'CREATE_ENGAGEMENT_FAILED'; data: { error: { message: string } } }
  | { type: 'END_CALL' }
  | { type: 'VISIBILITY_CHANGED'; data: WidgetVisibility }
  | { type: 'NAVIGATE_TO_RECORD_FAILED'; data: { error: { message: string } } };
