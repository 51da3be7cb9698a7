import { assertNever } from '../assert-never';
import type { CrmRecord, PhoneProperty } from './contacts';
import { portal } from './portal';

/**
 * The `DIAL_NUMBER` data HubSpot sends when a user clicks "Call" (docs/contracts.md, HubSpot `onDialNumber`).
 *
 * `phone_number` and `threadId` are not in the SDK's documentation but HubSpot sends them
 * (payloads quoted in HubSpot/calling-extensions-sdk issues #216 and #228); keeping them
 * checks that the widget passes unknown fields back untouched in `dialingContext`.
 */
export interface DialNumberData {
  phoneNumber: string;
  phone_number: string;
  ownerId: number;
  subjectId: number;
  objectId: number;
  /** Absent (not `undefined`: the key is missing) when HubSpot dials from a ticket. */
  objectType?: 'CONTACT' | 'COMPANY';
  portalId: number;
  countryCode: string;
  calleeInfo: { calleeId: number; calleeObjectTypeId: '0-1' | '0-2' };
  startTimestamp: number;
  /** Absent when the number was typed rather than clicked on a phone property. */
  toPhoneNumberSrc?: PhoneProperty['name'];
  threadId: number;
}

/** What a dial reaches: a phone property of the record, or a number typed as it is. */
export type DialTarget = PhoneProperty | { typed: string };

/**
 * What HubSpot sends for a click on `target` of `record` at `startTimestamp`.
 *
 * From a contact or company page, the object is the record. From a ticket, HubSpot
 * sends `objectId: 0` and no `objectType` at all (issue #228): only `calleeInfo` says
 * who is called. A typed number goes exactly as typed, malformed or not: checking it
 * is the widget's job.
 */
export function dialNumberData(
  record: CrmRecord,
  target: DialTarget,
  startTimestamp: number,
): DialNumberData {
  const number = 'typed' in target ? target.typed : target.value;
  const common = {
    phoneNumber: number,
    phone_number: number,
    ownerId: portal.ownerId,
    portalId: portal.portalId,
    countryCode: record.countryCode,
    calleeInfo: {
      calleeId: record.callee.objectId,
      calleeObjectTypeId: record.callee.objectTypeId,
    },
    startTimestamp,
    ...('typed' in target ? {} : { toPhoneNumberSrc: target.name }),
    threadId: 0,
  };
  switch (record.objectTypeId) {
    case '0-1':
    case '0-2':
      return {
        ...common,
        subjectId: record.objectId,
        objectId: record.objectId,
        objectType: record.objectTypeId === '0-1' ? 'CONTACT' : 'COMPANY',
      };
    case '0-5':
      return { ...common, subjectId: 0, objectId: 0 };
    default:
      return assertNever(record.objectTypeId);
  }
}
