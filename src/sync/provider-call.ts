/** The phone systems the service listens to. */
export type Provider = 'openphone' | 'caresoft';

/** `hs_call_status` values the service writes: how the call ended on the phone. */
export type PhoneCallStatus = 'COMPLETED' | 'NO_ANSWER' | 'BUSY' | 'FAILED' | 'CANCELED' | 'MISSED';

export type CallDirection = 'INBOUND' | 'OUTBOUND';

/** Who took or placed the call, in the provider's terms. */
export type ProviderAgent =
  | { kind: 'openphone-user'; userId: string }
  | { kind: 'caresoft-extension'; extension: string };

/**
 * A finished call as the phone system recorded it, the same shape for every provider.
 * Times are milliseconds since the epoch; numbers are E.164.
 */
export interface ProviderCall {
  provider: Provider;
  /** The provider's own id (`AC…` for OpenPhone, `call_id` for CareSoft). */
  id: string;
  direction: CallDirection;
  status: PhoneCallStatus;
  /** When it started ringing (OpenPhone `createdAt`, CareSoft `start_time`). */
  startedAt: number;
  answeredAt: number | null;
  endedAt: number;
  /** Talk time: answered to ended, 0 when nobody answered. */
  talkMs: number;
  /** The other party. */
  contactNumber: string;
  /** Our line: the OpenPhone number or the CareSoft hotline, when known. */
  lineNumber: string | null;
  /** The OpenPhone number's id (`PN…`), used to list its other calls. */
  lineId: string | null;
  agent: ProviderAgent | null;
  /** Our call id, passed to CsCall as `tempId`, when CareSoft sends it back. */
  tempId: string | null;
  /** The provider's https link to the recording, when there is one. */
  recordingUrl: string | null;
}

/**
 * The value stored in `hs_call_external_id` on every HubSpot call the service wrote: the
 * provider's id, prefixed so OpenPhone's and CareSoft's ids (and the widget's own call ids)
 * can never be mistaken for one another.
 */
export type ProviderKey = `${Provider}:${string}`;

export function providerKey(provider: Provider, id: string): ProviderKey {
  return `${provider}:${id}`;
}

export function isProviderKey(value: string | null): value is ProviderKey {
  return value !== null && /^(openphone|caresoft):./.test(value);
}
