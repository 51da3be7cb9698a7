import type { CallState } from '../call/state';
import type { HostContext } from '../hubspot/messages';
import type { PhoneProvider, Settings } from '../settings/settings';

export type HostStatus =
  | { status: 'connecting' }
  | { status: 'ready'; context: HostContext; hidden: boolean };

/** Something the agent must read: an error from HubSpot, a refused input, a lost feature. */
export interface Notice {
  id: number;
  tone: 'error' | 'info';
  message: string;
  /** Text the agent may want to keep when HubSpot lost it (the notes of a failed save). */
  copyText?: string;
}

export interface WidgetState {
  call: CallState;
  host: HostStatus;
  settings: Settings;
  /** The admin's default phone app (widget URL); the agent's own choice wins. */
  adminProvider: PhoneProvider | null;
  notices: Notice[];
}
