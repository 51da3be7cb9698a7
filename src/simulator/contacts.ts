/** HubSpot's object type ids: contact, company, ticket. */
export type ObjectTypeId = '0-1' | '0-2' | '0-5';

/** A phone property on a record, stored the way a person typed it into HubSpot. */
export interface PhoneProperty {
  /** HubSpot's internal property name; sent back as `toPhoneNumberSrc`. */
  name: 'phone' | 'mobilephone';
  label: string;
  value: string;
}

/** A contact or company HubSpot can dial. */
export interface CalleeRef {
  objectId: number;
  objectTypeId: '0-1' | '0-2';
  name: string;
}

export interface CrmRecord {
  /** Stable key for the simulator's UI; not a HubSpot concept. */
  key: string;
  objectTypeId: ObjectTypeId;
  objectId: number;
  name: string;
  subtitle: string;
  /** The record's country, which HubSpot sends as `countryCode` with each dial. */
  countryCode: string;
  about: readonly { label: string; value: string }[];
  phones: readonly PhoneProperty[];
  /**
   * Whom a "Call" on this page reaches: the record itself, or for a ticket the contact
   * associated with it (a ticket has no phone of its own).
   */
  callee: CalleeRef;
}

function selfCallee(objectId: number, objectTypeId: '0-1' | '0-2', name: string): CalleeRef {
  return { objectId, objectTypeId, name };
}

/** The records of the simulated portal, one per situation the widget must handle. */
export const crmRecords: readonly CrmRecord[] = [
  {
    key: 'contact-us',
    objectTypeId: '0-1',
    objectId: 20481733,
    name: 'Emily Carter',
    subtitle: 'Operations Manager at Chesapeake Freight Co.',
    countryCode: 'US',
    about: [
      { label: 'Email', value: 'emily.carter@chesapeakefreight.com' },
      { label: 'City', value: 'Baltimore, MD' },
      { label: 'Lifecycle stage', value: 'Customer' },
    ],
    phones: [
      { name: 'phone', label: 'Phone number', value: '(410) 793-4326' },
      { name: 'mobilephone', label: 'Mobile phone number', value: '(443) 555-0148' },
    ],
    callee: selfCallee(20481733, '0-1', 'Emily Carter'),
  },
  {
    key: 'contact-fr',
    objectTypeId: '0-1',
    objectId: 20481790,
    name: 'Camille Durand',
    subtitle: 'Directrice des achats at Atelier Lumière',
    countryCode: 'FR',
    about: [
      { label: 'Email', value: 'camille.durand@atelier-lumiere.fr' },
      { label: 'City', value: 'Paris' },
      { label: 'Lifecycle stage', value: 'Opportunity' },
    ],
    phones: [
      { name: 'phone', label: 'Phone number', value: '+33 1 23 45 67 89' },
      { name: 'mobilephone', label: 'Mobile phone number', value: '06 12 34 56 78' },
    ],
    callee: selfCallee(20481790, '0-1', 'Camille Durand'),
  },
  {
    key: 'contact-vn',
    objectTypeId: '0-1',
    objectId: 20481812,
    name: 'Nguyễn Thị Lan',
    subtitle: 'Trưởng phòng kinh doanh at Sài Gòn Logistics',
    countryCode: 'VN',
    about: [
      { label: 'Email', value: 'lan.nguyen@saigonlogistics.vn' },
      { label: 'City', value: 'Hồ Chí Minh' },
      { label: 'Lifecycle stage', value: 'Lead' },
    ],
    phones: [
      { name: 'mobilephone', label: 'Mobile phone number', value: '+84 988 888 888' },
      { name: 'phone', label: 'Phone number', value: '028 3822 1234' },
    ],
    callee: selfCallee(20481812, '0-1', 'Nguyễn Thị Lan'),
  },
  {
    key: 'contact-jp',
    objectTypeId: '0-1',
    objectId: 20481857,
    name: '佐藤 陽翔 (Haruto Sato)',
    subtitle: '営業部長 at Sakura Robotics',
    countryCode: 'JP',
    about: [
      { label: 'Email', value: 'h.sato@sakura-robotics.co.jp' },
      { label: 'City', value: 'Tokyo' },
      { label: 'Lifecycle stage', value: 'Sales qualified lead' },
    ],
    phones: [
      { name: 'phone', label: 'Phone number', value: '+81 3-1234-5678' },
      { name: 'mobilephone', label: 'Mobile phone number', value: '090-1234-5678' },
    ],
    callee: selfCallee(20481857, '0-1', 'Haruto Sato'),
  },
  {
    key: 'company-ch',
    objectTypeId: '0-2',
    objectId: 9120455781,
    name: 'Alpenblick AG',
    subtitle: 'Industrial machinery · Zürich',
    countryCode: 'CH',
    about: [
      { label: 'Domain', value: 'alpenblick.ch' },
      { label: 'City', value: 'Zürich' },
      { label: 'Number of employees', value: '240' },
    ],
    phones: [{ name: 'phone', label: 'Phone number', value: '+41 44 668 18 00' }],
    callee: selfCallee(9120455781, '0-2', 'Alpenblick AG'),
  },
  {
    key: 'ticket',
    objectTypeId: '0-5',
    objectId: 4290391019,
    name: 'Ticket #4821 · Pallet held at customs',
    subtitle: 'Support pipeline · Waiting on contact',
    countryCode: 'US',
    about: [
      { label: 'Priority', value: 'High' },
      { label: 'Associated contact', value: 'Marcus Reed' },
      { label: 'Ticket status', value: 'Waiting on contact' },
    ],
    phones: [{ name: 'phone', label: 'Marcus Reed · Phone number', value: '+1 (415) 555-0132' }],
    callee: { objectId: 20482004, objectTypeId: '0-1', name: 'Marcus Reed' },
  },
];

export function findRecord(key: string): CrmRecord | undefined {
  return crmRecords.find((record) => record.key === key);
}

/** The record HubSpot would open for `navigateToRecord`'s object coordinates. */
export function findRecordByCoordinates(
  objectId: string,
  objectTypeId: string,
): CrmRecord | undefined {
  return crmRecords.find(
    (record) => String(record.objectId) === objectId && record.objectTypeId === objectTypeId,
  );
}
