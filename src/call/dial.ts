/**
 * What HubSpot asked us to call (SPEC §1 `onDialNumber`), already read by the adapter.
 * `context` is the untouched payload: HubSpot wants it back as `dialingContext`.
 */
export interface DialRequest {
  phoneNumber: string;
  countryCode: string | undefined;
  /** The record the number belongs to; absent for dials from tickets (`objectId: 0`). */
  callee: CalleeRecord | undefined;
  context: Readonly<Record<string, unknown>>;
}

export interface CalleeRecord {
  objectId: number;
  objectType: 'CONTACT' | 'COMPANY';
}

/** A number we can hand off: E.164 for the links, `display` for people. */
export interface ValidNumber {
  kind: 'valid';
  e164: string;
  display: string;
}

export interface InvalidNumber {
  kind: 'invalid';
  given: string;
  reason: string;
}

/** The result of checking the dialled number; done at the edge so phone metadata loads lazily. */
export type CheckedNumber = ValidNumber | InvalidNumber;
