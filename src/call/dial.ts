import * as v from 'valibot';
import { builtOnFirstUse } from '../built-on-first-use';
import type { MessageKey } from '../i18n/catalog';
import type { Message } from '../i18n/message';

// Each shape here is defined once, as a schema: the type is inferred from it, and the
// journal reads stored calls back with the very same schema (`journal/journal-schema.ts`).

/** The record the number belongs to; absent for dials from tickets (`objectId: 0`). */
export const calleeRecordSchema = builtOnFirstUse(() =>
  v.object({
    objectId: v.number(),
    objectType: v.picklist(['CONTACT', 'COMPANY']),
  }),
);
export type CalleeRecord = v.InferOutput<typeof calleeRecordSchema>;

/**
 * What HubSpot asked us to call (`onDialNumber`), already read by the adapter.
 * `context` is the untouched payload: HubSpot wants it back as `dialingContext`.
 */
export const dialRequestSchema = builtOnFirstUse(() =>
  v.object({
    phoneNumber: v.string(),
    countryCode: v.optional(v.string()),
    callee: v.optional(calleeRecordSchema),
    /** HubSpot's own name for the callee, when the dial carries one: the title's fallback. */
    calleeName: v.optional(v.string()),
    context: v.pipe(v.record(v.string(), v.unknown()), v.readonly()),
  }),
);
export type DialRequest = v.InferOutput<typeof dialRequestSchema>;

/** A number we can hand off: E.164 for the links, `display` for people. */
const validNumber = () =>
  v.object({
    kind: v.literal('valid'),
    e164: v.string(),
    display: v.string(),
  });
export const validNumberSchema = builtOnFirstUse(validNumber);
export type ValidNumber = v.InferOutput<typeof validNumberSchema>;

/**
 * Every reason a number check gives (`handoff/phone.ts`): the catalogues' `number.problem.*`
 * keys (tests/call/dial.test.ts holds the list to the catalogue). The journal reads a
 * stored reason against this list rather than the whole English catalogue, which would
 * otherwise load with the widget's entry, before the handshake.
 */
export const numberProblemCodes = [
  'number.problem.empty',
  'number.problem.letters',
  'number.problem.notDigits',
  'number.problem.noCountry',
  'number.problem.callerIdNeedsPlus',
  'number.problem.tooShort',
  'number.problem.tooShortIn',
  'number.problem.tooLong',
  'number.problem.tooLongIn',
  'number.problem.notANumber',
  'number.problem.notANumberIn',
  'number.problem.noSuchCountryCode',
  'number.problem.unreadable',
  'number.problem.directNumber',
  'number.problem.groupNeedsPlus',
] as const satisfies readonly MessageKey[];

/** A number check's reason as stored: one of its codes, with the values its sentence needs. */
const numberProblemSchema: v.GenericSchema<Message> = builtOnFirstUse(() =>
  v.object({
    code: v.picklist(numberProblemCodes),
    values: v.optional(v.record(v.string(), v.union([v.string(), v.number()]))),
  }),
);

const invalidNumber = () =>
  v.object({
    kind: v.literal('invalid'),
    given: v.string(),
    /**
     * Why, for the agent to read in their language (`handoff/phone.ts`). A call saved by an
     * earlier version holds an English sentence here: it reads back as a plain "check it".
     */
    reason: v.fallback(numberProblemSchema, { code: 'number.problem.unreadable' }),
  });
export const invalidNumberSchema = builtOnFirstUse(invalidNumber);
export type InvalidNumber = v.InferOutput<typeof invalidNumberSchema>;

/** The result of checking the dialled number; done at the edge so phone metadata loads lazily. */
// A variant tells its options apart by their key, so they are built with it, not lazily.
export const checkedNumberSchema = builtOnFirstUse(() =>
  v.variant('kind', [validNumber(), invalidNumber()]),
);
export type CheckedNumber = v.InferOutput<typeof checkedNumberSchema>;
