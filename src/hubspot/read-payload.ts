import type { DialRequest } from '../call/dial';
import type { CallerIdMatch, HostContext, ObjectCoordinates } from './messages';

type Fields = Record<string, unknown>;

const asFields = (value: unknown): Fields =>
  typeof value === 'object' && value !== null ? (value as Fields) : {};

const positiveNumber = (value: unknown): number | null => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
};

const objectTypeIds: Record<string, 'CONTACT' | 'COMPANY'> = { '0-1': 'CONTACT', '0-2': 'COMPANY' };

/**
 * Reads `onDialNumber` (SPEC §1). Dials from tickets come with `objectId: 0` and no
 * `objectType`: they are calls to a bare number, not to a record.
 */
export function readDialRequest(payload: unknown): DialRequest | { error: string } {
  const fields = asFields(payload);
  const { phoneNumber, countryCode, objectId, objectType } = fields;
  if (typeof phoneNumber !== 'string' || phoneNumber.trim() === '') {
    return { error: 'HubSpot asked for a call but sent no phone number.' };
  }
  const id = positiveNumber(objectId);
  const calleeTypeId = asFields(fields.calleeInfo).calleeObjectTypeId;
  const type =
    objectType === 'CONTACT' || objectType === 'COMPANY'
      ? objectType
      : typeof calleeTypeId === 'string'
        ? objectTypeIds[calleeTypeId]
        : undefined;
  return {
    phoneNumber: phoneNumber.trim(),
    countryCode:
      typeof countryCode === 'string' && countryCode.trim() !== '' ? countryCode.trim() : undefined,
    callee: id !== null && type !== undefined ? { objectId: id, objectType: type } : undefined,
    context: fields,
  };
}

export function readHostContext(payload: unknown): HostContext {
  const fields = asFields(payload);
  const location = fields.iframeLocation;
  return {
    engagementId: positiveNumber(fields.engagementId),
    iframeLocation:
      location === 'widget' || location === 'remote' || location === 'window' ? location : null,
    usesCallingWindow: fields.usesCallingWindow === true,
    portalId: positiveNumber(fields.portalId),
    userId: positiveNumber(fields.userId),
    ownerId: positiveNumber(fields.ownerId),
  };
}

export function readEngagementId(payload: unknown): number | null {
  return positiveNumber(asFields(payload).engagementId);
}

/** HubSpot's failure payloads vary (`message`, `error.message`, a bare string): find the words. */
export function readFailureReason(payload: unknown, fallback: string): string {
  if (typeof payload === 'string' && payload.trim() !== '') return payload;
  const fields = asFields(payload);
  const nested = asFields(fields.error);
  for (const candidate of [fields.message, nested.message, fields.error]) {
    if (typeof candidate === 'string' && candidate.trim() !== '') return candidate;
  }
  return fallback;
}

export function readHidden(payload: unknown): boolean {
  const fields = asFields(payload);
  return fields.isHidden === true || fields.isMinimized === true;
}

const readCoordinates = (value: unknown): ObjectCoordinates | null => {
  const fields = asFields(value);
  const portalId = positiveNumber(fields.portalId);
  const objectId = positiveNumber(fields.objectId);
  const typeId = fields.objectTypeId;
  if (portalId === null || objectId === null) return null;
  if (typeId !== '0-1' && typeId !== '0-2') return null;
  return { portalId, objectId, objectTypeId: typeId };
};

/**
 * Reads `onCallerIdMatchSucceeded`: HubSpot sends `callerIdMatches`, each a contact
 * (first and last name) or a company (name) with its record's coordinates.
 */
export function readCallerIdMatches(payload: unknown): CallerIdMatch[] {
  const fields = asFields(payload);
  const list = Array.isArray(fields.callerIdMatches) ? fields.callerIdMatches : [payload];
  return list.flatMap((item): CallerIdMatch[] => {
    const match = asFields(item);
    const objectCoordinates = readCoordinates(match.objectCoordinates);
    if (objectCoordinates === null) return [];
    const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
    if (match.callerIdType === 'COMPANY') {
      const name = text(match.name);
      return name === '' ? [] : [{ kind: 'COMPANY', name, objectCoordinates }];
    }
    const name = [text(match.firstName), text(match.lastName)].filter(Boolean).join(' ');
    const shown = name === '' ? text(match.email) : name;
    return shown === '' ? [] : [{ kind: 'CONTACT', name: shown, objectCoordinates }];
  });
}
