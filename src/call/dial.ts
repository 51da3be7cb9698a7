import * as v from 'valibot';
import { messageSchema } from '../i18n/message';

// Each shape here is defined once, as a schema: the type is inferred from it, and the
// journal reads stored calls back with the very same schema (`journal/journal-schema.ts`).

/** The record the number belongs to; absent for dials from tickets (`objectId: 0`). */
export const calleeRecordSchema = v.object({
  objectId: v.number(),
  objectType: v.picklist(['CONTACT', 'COMPANY']),
});
export type CalleeRecord = v.InferOutput<typeof calleeRecordSchema>;

/**
 * What HubSpot asked us to call (`onDialNumber`), already read by the adapter.
 * `context` is the untouched payload: HubSpot wants it back as `dialingContext`.
 */
export const dialRequestSchema = v.object({
  phoneNumber: v.string(),
  countryCode: v.optional(v.string()),
  callee: v.optional(calleeRecordSchema),
  /** HubSpot's own name for the callee, when the dial carries one: the title's fallback. */
  calleeName: v.optional(v.string()),
  context: v.pipe(v.record(v.string(), v.unknown()), v.readonly()),
});
export type DialRequest = v.InferOutput<typeof dialRequestSchema>;

/** A number we can hand off: E.164 for the links, `display` for people. */
export const validNumberSchema = v.object({
  kind: v.literal('valid'),
  e164: v.string(),
  display: v.string(),
});
export type ValidNumber = v.InferOutput<typeof validNumberSchema>;

export const invalidNumberSchema = v.object({
  kind: v.literal('invalid'),
  given: v.string(),
  /**
   * Why, for the agent to read in their language (`handoff/phone.ts`). A call saved by an
   * earlier version holds an English sentence here: it reads back as a plain "check it".
   */
  reason: v.fallback(messageSchema, { code: 'number.problem.unreadable' }),
});
export type InvalidNumber = v.InferOutput<typeof invalidNumberSchema>;

/** The result of checking the dialled number; done at the edge so phone metadata loads lazily. */
export const checkedNumberSchema = v.variant('kind', [validNumberSchema, invalidNumberSchema]);
export type CheckedNumber = v.InferOutput<typeof checkedNumberSchema>;
