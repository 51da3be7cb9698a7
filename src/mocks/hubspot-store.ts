// The HubSpot portal behind the CRM stand-in: contacts, owners and calls, each write kept
// with its time, so search can see the portal as it was a few seconds ago, as HubSpot's
// search index does. Reading a record by id, in a batch or through its associations sees
// the latest write at once.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

export type ObjectType = 'calls' | 'contacts';
export type Properties = Record<string, string>;

interface Version {
  at: number;
  properties: Properties;
}

export interface StoredObject {
  id: string;
  type: ObjectType;
  createdAt: number;
  versions: Version[];
}

export interface Owner {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
}

export interface Filter {
  propertyName: string;
  operator: string;
  value?: string;
  highValue?: string;
  values?: string[];
}

/** Calls' properties HubSpot knows (a name outside this list is refused, as HubSpot does). */
export const knownCallProperties = new Set([
  'hs_timestamp',
  'hs_call_title',
  'hs_call_body',
  'hs_call_status',
  'hs_call_disposition',
  'hs_call_duration',
  'hs_call_direction',
  'hs_call_from_number',
  'hs_call_to_number',
  'hs_call_recording_url',
  'hs_call_external_id',
  'hs_call_summary',
  'hs_call_callee_object_id',
  'hs_call_callee_object_type',
  'hs_call_source',
  'hubspot_owner_id',
]);

export const knownContactProperties = new Set([
  'firstname',
  'lastname',
  'email',
  'phone',
  'mobilephone',
  'company',
]);

/** Properties HubSpot computes: read-only. */
const calculatedProperties = new Set([
  'hs_object_id',
  'hs_createdate',
  'hs_lastmodifieddate',
  'hs_searchable_calculated_phone_number',
  'hs_searchable_calculated_mobile_number',
]);

/** HubSpot lists a datetime as an ISO string and takes it as one or as milliseconds. */
function isoTime(value: string): string {
  const at = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isNaN(at) ? value : new Date(at).toISOString();
}

/**
 * HubSpot's calculated, searchable copy of a phone number: its national digits, without the
 * country code or a trunk 0 (`0988 888 888` and `+84 988 888 888` both give `988888888`).
 */
function searchableDigits(written: string | undefined, country: string): string | undefined {
  if (written === undefined || written === '') return undefined;
  if (written.trim().startsWith('+')) {
    const parsed = parsePhoneNumberFromString(written, country as 'US');
    if (parsed !== undefined) return parsed.nationalNumber;
  }
  return written.replace(/\D/g, '').replace(/^0+/, '');
}

/** Properties searched by equality often enough to deserve an index (as a real index would). */
const indexedProperties = new Set([
  'hs_call_external_id',
  'phone',
  'mobilephone',
  'hs_searchable_calculated_phone_number',
  'hs_searchable_calculated_mobile_number',
]);

export class HubSpotStore {
  readonly objects = new Map<string, StoredObject>();
  // Every value ever written, so a search as of a moment ago finds it; each hit is then
  // checked against the version search sees.
  readonly #byValue = new Map<string, Set<string>>();
  readonly #byTime: { at: number; id: string }[] = [];
  #byTimeSorted = true;
  readonly owners: Owner[] = [];
  /** Call id → contact ids (and the reverse), as the associations API reads them. */
  readonly callContacts = new Map<string, Set<string>>();
  readonly contactCalls = new Map<string, Set<string>>();
  #nextId = { calls: 52_000_000_001, contacts: 1_001, owners: 7_001 };

  constructor(
    readonly now: () => number,
    /** How long a write takes to reach search (HubSpot: a few seconds). */
    public searchLagMs: number,
    /** The portal's country, for numbers typed without a country code. */
    readonly country = 'US',
  ) {}

  addOwner(owner: Omit<Owner, 'id'>): Owner {
    const added = { ...owner, id: String(this.#nextId.owners++) };
    this.owners.push(added);
    return added;
  }

  create(type: ObjectType, properties: Properties): StoredObject {
    const id = String(this.#nextId[type]++);
    const at = this.now();
    const object: StoredObject = { id, type, createdAt: at, versions: [] };
    this.objects.set(id, object);
    this.#write(object, properties, at);
    return object;
  }

  update(object: StoredObject, properties: Properties): void {
    this.#write(object, { ...this.latest(object), ...properties }, this.now());
  }

  #write(object: StoredObject, given: Properties, at: number): void {
    const properties: Properties = {};
    for (const [name, value] of Object.entries(given)) {
      if (calculatedProperties.has(name)) continue;
      properties[name] = name === 'hs_timestamp' ? isoTime(value) : value;
    }
    properties.hs_object_id = object.id;
    properties.hs_createdate = new Date(object.createdAt).toISOString();
    properties.hs_lastmodifieddate = new Date(at).toISOString();
    if (object.type === 'calls') {
      // HubSpot shows a call's numbers formatted for people, not as the E.164 it was given.
      for (const name of ['hs_call_to_number', 'hs_call_from_number']) {
        const value = properties[name];
        const parsed = value === undefined ? undefined : parsePhoneNumberFromString(value);
        if (value?.startsWith('+') && parsed !== undefined) {
          properties[name] = parsed.formatInternational();
        }
      }
    }
    if (object.type === 'contacts') {
      const phone = searchableDigits(properties.phone, this.country);
      const mobile = searchableDigits(properties.mobilephone, this.country);
      if (phone !== undefined) properties.hs_searchable_calculated_phone_number = phone;
      if (mobile !== undefined) properties.hs_searchable_calculated_mobile_number = mobile;
    }
    object.versions.push({ at, properties });
    for (const [name, value] of Object.entries(properties)) {
      if (indexedProperties.has(name)) {
        const key = `${object.type}|${name}|${value.toLowerCase()}`;
        if (!this.#byValue.has(key)) this.#byValue.set(key, new Set());
        this.#byValue.get(key)?.add(object.id);
      }
    }
    const timestamp =
      properties.hs_timestamp === undefined ? Number.NaN : Date.parse(properties.hs_timestamp);
    if (object.type === 'calls' && !Number.isNaN(timestamp)) {
      const last = this.#byTime.at(-1);
      if (last !== undefined && last.at > timestamp) this.#byTimeSorted = false;
      this.#byTime.push({ at: timestamp, id: object.id });
    }
  }

  /** The objects a filter group can match: from an index when it has one, else all. */
  candidates(type: ObjectType, filters: readonly Filter[]): Iterable<StoredObject> {
    const equal = filters.find(
      (filter) => filter.operator === 'EQ' && indexedProperties.has(filter.propertyName),
    );
    if (equal !== undefined) {
      const ids = this.#byValue.get(
        `${type}|${equal.propertyName}|${(equal.value ?? '').toLowerCase()}`,
      );
      return [...(ids ?? [])].flatMap((id) => this.get(type, id) ?? []);
    }
    const range = filters.find(
      (filter) => filter.operator === 'BETWEEN' && filter.propertyName === 'hs_timestamp',
    );
    if (type === 'calls' && range !== undefined) {
      if (!this.#byTimeSorted) {
        this.#byTime.sort((a, b) => a.at - b.at);
        this.#byTimeSorted = true;
      }
      const low = Number(comparable('hs_timestamp', range.value ?? ''));
      const high = Number(comparable('hs_timestamp', range.highValue ?? ''));
      let start = 0;
      let end = this.#byTime.length;
      while (start < end) {
        const middle = (start + end) >> 1;
        if ((this.#byTime[middle]?.at ?? 0) < low) start = middle + 1;
        else end = middle;
      }
      const ids = new Set<string>();
      for (let index = start; index < this.#byTime.length; index += 1) {
        const entry = this.#byTime[index];
        if (entry === undefined || entry.at > high) break;
        ids.add(entry.id);
      }
      return [...ids].flatMap((id) => this.get(type, id) ?? []);
    }
    return this.all(type);
  }

  associate(callId: string, contactId: string): void {
    if (!this.callContacts.has(callId)) this.callContacts.set(callId, new Set());
    if (!this.contactCalls.has(contactId)) this.contactCalls.set(contactId, new Set());
    this.callContacts.get(callId)?.add(contactId);
    this.contactCalls.get(contactId)?.add(callId);
  }

  get(type: ObjectType, id: string): StoredObject | undefined {
    const object = this.objects.get(id);
    return object?.type === type ? object : undefined;
  }

  latest(object: StoredObject): Properties {
    return object.versions.at(-1)?.properties ?? {};
  }

  /** The object as search sees it now: its last write older than the lag, if any. */
  indexed(object: StoredObject): Properties | undefined {
    const horizon = this.now() - this.searchLagMs;
    return object.versions.findLast((version) => version.at <= horizon)?.properties;
  }

  all(type: ObjectType): StoredObject[] {
    return [...this.objects.values()].filter((object) => object.type === type);
  }
}

function comparable(name: string, value: string): number | string {
  if (name === 'hs_timestamp' || name.endsWith('date')) {
    const at = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
    return Number.isNaN(at) ? value : at;
  }
  if (name === 'hs_call_duration' && /^\d+$/.test(value)) return Number(value);
  return value.toLowerCase();
}

/** One search filter, as HubSpot applies it. */
export function passes(properties: Properties, filter: Filter): boolean {
  const raw = properties[filter.propertyName];
  switch (filter.operator) {
    case 'HAS_PROPERTY':
      return raw !== undefined && raw !== '';
    case 'NOT_HAS_PROPERTY':
      return raw === undefined || raw === '';
    default:
      break;
  }
  if (raw === undefined || raw === '') return false;
  const have = comparable(filter.propertyName, raw);
  const want = (text: string | undefined) => comparable(filter.propertyName, text ?? '');
  switch (filter.operator) {
    case 'EQ':
      return have === want(filter.value);
    case 'NEQ':
      return have !== want(filter.value);
    case 'GT':
      return have > want(filter.value);
    case 'GTE':
      return have >= want(filter.value);
    case 'LT':
      return have < want(filter.value);
    case 'LTE':
      return have <= want(filter.value);
    case 'BETWEEN':
      return have >= want(filter.value) && have <= want(filter.highValue);
    case 'IN':
      return (filter.values ?? []).some((value) => have === want(value));
    default:
      throw new Error(`unsupported operator ${filter.operator}`);
  }
}
