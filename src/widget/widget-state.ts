import type { CallId } from '../call/ids';
import type { CallState } from '../call/state';
import type { CallerIdMatch, HostContext } from '../hubspot/messages';
import type { MessageKey } from '../i18n/catalog';
import type { MessageValues } from '../i18n/i18n';
import type { LookupResult } from '../lookup/lookup-caller';
import type { WorkflowResult } from '../lookup/run-workflow';
import type { AdminDefaults } from '../settings/admin-defaults';
import type { Settings } from '../settings/settings';

export type HostStatus =
  | { status: 'connecting' }
  | { status: 'ready'; context: HostContext; hidden: boolean };

/**
 * What a notice says, as a catalogue key and its values: it is worded when shown, so a
 * language switch rewords the notices already up. Values that came from HubSpot or a
 * service (a `reason`) are inserted as received.
 */
export interface NoticeMessage {
  key: MessageKey;
  values?: MessageValues;
}

/** Something the agent must read: an error from HubSpot, a refused input, a lost feature. */
export interface Notice {
  id: number;
  tone: 'error' | 'info';
  message: NoticeMessage;
  /** Text the agent may want to keep when HubSpot lost it (the notes of a failed save). */
  copyText?: string;
}

/** What the phone lookup service said about the current call's number (SPEC §4). */
export type CallerLookupState =
  | { callId: CallId; status: 'looking' }
  | { callId: CallId; status: 'answered'; result: LookupResult; chosen: number | null };

/** A business workflow the agent (or auto-CallFlow) ran for a call. */
export type WorkflowRun =
  | { callId: CallId; name: string; status: 'running' }
  | { callId: CallId; name: string; status: 'done'; result: WorkflowResult };

/** What HubSpot found for an inbound caller's number, for the call it arrived during. */
export type HubSpotCallerMatch =
  | { callId: CallId | null; status: 'matched'; matches: CallerIdMatch[] }
  | { callId: CallId | null; status: 'noMatch' };

export interface WidgetState {
  call: CallState;
  host: HostStatus;
  settings: Settings;
  /** The admin's presets (widget URL); the agent's own settings win. */
  admin: AdminDefaults;
  notices: Notice[];
  callerLookup: CallerLookupState | null;
  hubSpotMatch: HubSpotCallerMatch | null;
  /** The agent takes inbound calls (`userAvailable`) or is away (`userUnavailable`). */
  available: boolean;
  workflows: WorkflowRun[];
}
