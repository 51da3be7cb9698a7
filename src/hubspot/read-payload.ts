import * as v from 'valibot';
import { builtOnFirstUse } from '../built-on-first-use';
import type { CalleeRecord, DialRequest } from '../call/dial';
import { type CallId, callIdSchema, type EngagementId, engagementIdSchema } from '../call/ids';
import type { Message } from '../i18n/message';
import type { CallerIdMatch, HostContext, ObjectCoordinates } from './messages';

// HubSpot's payloads are untrusted: each field is read with a schema, and a field that is
// missing or of the wrong kind reads as absent instead of failing the whole message.

/** The field, or `undefined` when it is missing or not what `schema` expects. */
const maybe = <T>(schema: v.GenericSchema<unknown, T>) => v.fallback(v.optional(schema), undefined);

/**
 * An object payload whose fields are each read with `maybe`: anything that is not an
 * object reads as `{}`, so these never fail.
 */
const payload = <E extends v.ObjectEntries>(entries: E) =>
  v.pipe(v.fallback(v.looseObject({}), {}), v.looseObject(entries));

const text = builtOnFirstUse(() => v.pipe(v.string(), v.trim(), v.nonEmpty()));

/**
 * HubSpot's ids: a positive safe integer, as a number or as a string of decimal digits.
 * Hexadecimal (`"0x10"`), fractions, exponents (`"1e21"`) and anything past 2^53 (where
 * digits are already lost) are refused: a wrong id would log the call on another record.
 */
export const positiveIdSchema = builtOnFirstUse(() =>
  v.union([
    v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
    v.pipe(
      v.string(),
      v.trim(),
      v.regex(/^\d+$/),
      v.transform(Number),
      v.safeInteger(),
      v.minValue(1),
    ),
  ]),
);

const id = maybe(positiveIdSchema);
const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

const recordTypes = { '0-1': 'CONTACT', '0-2': 'COMPANY' } as const;

const dialPayloadSchema = builtOnFirstUse(() =>
  v.looseObject({
    phoneNumber: text,
    countryCode: maybe(text),
    objectId: id,
    objectType: maybe(v.picklist(['CONTACT', 'COMPANY'])),
    calleeInfo: maybe(v.unknown()),
  }),
);

const calleeInfoSchema = builtOnFirstUse(() =>
  payload({
    calleeId: id,
    // HubSpot's documentation spells it `calleeID`; its payloads say `calleeId`.
    calleeID: id,
    calleeObjectTypeId: maybe(v.string()),
    name: maybe(text),
    firstName: maybe(text),
    lastName: maybe(text),
  }),
);

const hasVisibleText = (name: string): boolean => name.replace(/[\s\p{Cf}]/gu, '') !== '';

const dialNameSchema = builtOnFirstUse(() =>
  payload({ name: maybe(text), calleeName: maybe(text) }),
);

/**
 * HubSpot's name for the callee, if the dial carries one: in `calleeInfo` as its caller-id
 * matches name people (`firstName`, `lastName`) or companies (`name`), else the payload's
 * own `calleeName` or `name`. Invisible-only names are no name.
 */
function readCalleeName(input: unknown, calleeInfo: unknown): string | undefined {
  const info = v.parse(calleeInfoSchema, Array.isArray(calleeInfo) ? calleeInfo[0] : calleeInfo);
  const person = [info.firstName, info.lastName].filter(Boolean).join(' ');
  const dial = v.parse(dialNameSchema, input);
  return [person, info.name, dial.calleeName, dial.name].find(
    (candidate): candidate is string => candidate !== undefined && hasVisibleText(candidate),
  );
}

/**
 * Who HubSpot says is called (`calleeInfo`): the record the number belongs to. Documented
 * as a list, sent as one object: the first entry of a list is read the same way.
 */
function readCalleeInfo(input: unknown): { id?: number; typeId?: string } {
  const info = Array.isArray(input) ? input[0] : input;
  const { calleeId, calleeID, calleeObjectTypeId } = v.parse(calleeInfoSchema, info);
  return { id: calleeId ?? calleeID, typeId: calleeObjectTypeId };
}

const isRecordTypeId = (typeId: string | undefined): typeId is keyof typeof recordTypes =>
  typeId !== undefined && Object.hasOwn(recordTypes, typeId);

/**
 * The callee: `calleeInfo` first, since `objectId` is the record being viewed, not the one
 * called (a contact dialled from a colleague's card, a company's, or `0` from a ticket).
 * A callee of a type HubSpot's calls cannot name (a custom object) is no record; a
 * payload without `calleeInfo`'s id falls back on `objectId` and `objectType`.
 */
function readCallee(
  objectId: number | undefined,
  objectType: CalleeRecord['objectType'] | undefined,
  calleeInfo: unknown,
): CalleeRecord | undefined {
  const callee = readCalleeInfo(calleeInfo);
  if (callee.id !== undefined && callee.typeId !== undefined) {
    return isRecordTypeId(callee.typeId)
      ? { objectId: callee.id, objectType: recordTypes[callee.typeId] }
      : undefined;
  }
  const typeId = callee.typeId;
  const type = objectType ?? (isRecordTypeId(typeId) ? recordTypes[typeId] : undefined);
  return objectId !== undefined && type !== undefined ? { objectId, objectType: type } : undefined;
}

/** The payload as HubSpot sent it, to hand back untouched as `dialingContext`. */
const contextSchema = builtOnFirstUse(() => v.record(v.string(), v.unknown()));

/**
 * Reads `onDialNumber`. The callee comes from `calleeInfo` (`readCallee`); a dial with
 * neither names no record and is a call to a bare number.
 */
export function readDialRequest(input: unknown): DialRequest | { problem: Message } {
  const read = v.safeParse(dialPayloadSchema, input);
  const context = v.safeParse(contextSchema, input);
  if (!read.success || !context.success) {
    return { problem: { code: 'notice.dialWithoutNumber' } };
  }
  const { phoneNumber, countryCode, objectId, objectType, calleeInfo } = read.output;
  const calleeName = readCalleeName(input, calleeInfo);
  return {
    phoneNumber,
    countryCode,
    callee: readCallee(objectId, objectType, calleeInfo),
    ...(calleeName === undefined ? {} : { calleeName }),
    context: context.output,
  };
}

const hostContextSchema = builtOnFirstUse(() =>
  payload({
    iframeLocation: maybe(v.picklist(['widget', 'remote', 'window'])),
    usesCallingWindow: maybe(v.literal(true)),
    portalId: id,
    userId: id,
    ownerId: id,
  }),
);

export function readHostContext(input: unknown): HostContext {
  const fields = v.parse(hostContextSchema, input);
  return {
    engagementId: orNull(readEngagementIdField(input)),
    iframeLocation: orNull(fields.iframeLocation),
    usesCallingWindow: fields.usesCallingWindow === true,
    portalId: orNull(fields.portalId),
    userId: orNull(fields.userId),
    ownerId: orNull(fields.ownerId),
  };
}

const engagementPayloadSchema = builtOnFirstUse(() =>
  payload({
    engagementId: maybe(v.pipe(positiveIdSchema, engagementIdSchema)),
    externalCallId: maybe(v.pipe(v.string(), v.nonEmpty(), callIdSchema)),
  }),
);

const readEngagementIdField = (input: unknown): EngagementId | undefined =>
  v.parse(engagementPayloadSchema, input).engagementId;

export function readEngagementId(input: unknown): EngagementId | null {
  return orNull(readEngagementIdField(input));
}

/**
 * Reads `onCreateEngagementSucceeded`: the id, and the call it belongs to when HubSpot
 * names it (`externalCallId`; HubSpot's documented payload carries the id alone).
 */
export function readEngagementCreated(
  input: unknown,
): { engagementId: EngagementId; callId: CallId | null } | null {
  const { engagementId, externalCallId } = v.parse(engagementPayloadSchema, input);
  return engagementId === undefined ? null : { engagementId, callId: orNull(externalCallId) };
}

/** The call a payload names (`externalCallId`), if it names one. */
export function readExternalCallId(input: unknown): CallId | null {
  return orNull(v.parse(engagementPayloadSchema, input).externalCallId);
}

const failureSchema = builtOnFirstUse(() =>
  payload({
    message: maybe(text),
    error: maybe(v.union([text, v.looseObject({ message: text })])),
  }),
);

/**
 * HubSpot's failure payloads vary (`message`, `error.message`, a bare string): find the
 * words, as HubSpot gave them. Null when it gave none: the widget then says what failed
 * without a reason, in the agent's language (`widget/host-messages.ts`).
 */
export function readFailureReason(input: unknown): string | null {
  if (typeof input === 'string' && input.trim() !== '') return input.trim();
  const { message, error } = v.parse(failureSchema, input);
  return message ?? (typeof error === 'object' ? error.message : error) ?? null;
}

const visibilitySchema = builtOnFirstUse(() =>
  payload({
    isHidden: maybe(v.literal(true)),
    isMinimized: maybe(v.literal(true)),
  }),
);

export function readHidden(input: unknown): boolean {
  const { isHidden, isMinimized } = v.parse(visibilitySchema, input);
  return isHidden === true || isMinimized === true;
}

const coordinatesSchema = builtOnFirstUse(() =>
  v.object({
    portalId: positiveIdSchema,
    objectId: positiveIdSchema,
    objectTypeId: v.picklist(['0-1', '0-2']),
  }),
);

const name = v.fallback(v.pipe(v.optional(v.string(), ''), v.trim()), '');

const matchSchema = builtOnFirstUse(() =>
  v.looseObject({
    objectCoordinates: coordinatesSchema,
    callerIdType: maybe(v.string()),
    name,
    firstName: name,
    lastName: name,
    email: name,
  }),
);

const matchListSchema = builtOnFirstUse(() =>
  payload({ callerIdMatches: maybe(v.array(v.unknown())) }),
);

/**
 * Reads `onCallerIdMatchSucceeded`: HubSpot sends `callerIdMatches`, each a contact
 * (first and last name) or a company (name) with its record's coordinates.
 */
export function readCallerIdMatches(input: unknown): CallerIdMatch[] {
  const list = v.parse(matchListSchema, input).callerIdMatches ?? [input];
  return list.flatMap((item): CallerIdMatch[] => {
    const read = v.safeParse(matchSchema, item);
    if (!read.success) return [];
    const match = read.output;
    const objectCoordinates: ObjectCoordinates = match.objectCoordinates;
    if (match.callerIdType === 'COMPANY') {
      return match.name === '' ? [] : [{ kind: 'COMPANY', name: match.name, objectCoordinates }];
    }
    const full = [match.firstName, match.lastName].filter(Boolean).join(' ');
    const shown = full === '' ? match.email : full;
    return shown === '' ? [] : [{ kind: 'CONTACT', name: shown, objectCoordinates }];
  });
}
