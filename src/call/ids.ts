import * as v from 'valibot';
import { builtOnFirstUse } from '../built-on-first-use';

/** Our id for a call: sent to HubSpot as `externalCallId` and to CareSoft as `tempId`. */
export const callIdSchema = builtOnFirstUse(() => v.pipe(v.string(), v.brand('CallId')));
export type CallId = v.InferOutput<typeof callIdSchema>;

/**
 * HubSpot's id for the call's timeline entry; arrives at any moment after `outgoingCall`.
 * A positive safe integer: anything past 2^53 would already have lost digits.
 */
export const engagementIdSchema = builtOnFirstUse(() =>
  v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.brand('EngagementId')),
);
export type EngagementId = v.InferOutput<typeof engagementIdSchema>;

export const toCallId = (value: string): CallId => v.parse(callIdSchema, value);
/** Throws on anything but a positive safe integer: read untrusted ids with `read-payload.ts`. */
export const toEngagementId = (value: number): EngagementId => v.parse(engagementIdSchema, value);
