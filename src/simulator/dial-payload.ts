import type { CrmRecord, PhoneProperty } from './contacts';
import { portal } from './portal';

/**
 * The `DIAL_NUMBER` data HubSpot sends when a user clicks "Call" (SPEC §1 `onDialNumber`).
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
  toPhoneNumberSrc: PhoneProperty['name'];
  threadId: number;
}

/**
 * What HubSpot sends for a click on `phone` of `record` at `startTimestamp`.
 *
 * From a contact or company page, the object is the record. From a ticket, HubSpot
 * sends `objectId: 0` and no `objectType` at all (issue #228): only `calleeInfo` says
 * who is called.
 */
export function dialNumberData(
  record: CrmRecord,
  phone: PhoneProperty,
  startTimestamp: number,
): DialNumberData {
  const common = {
    phoneNumber: phone.value,
    phone_number: phone.value,
    ownerId: portal.ownerId,
    portalId: portal.portalId,
    countryCode: record.countryCode,
    calleeInfo: {
      calleeId: record.callee.objectId,
      calleeObjectTypeId: record.callee.objectTypeId,
    },
    startTimestamp,
    toPhoneNumberSrc: phone.name,
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
    default: {
      const unreachable: never = record.objectTypeId;
      return unreachable;
    }
  }
}
