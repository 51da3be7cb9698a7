import * as v from 'valibot';
import { builtOnFirstUse } from '../built-on-first-use';
import { dialRequestSchema, validNumberSchema } from './dial';
import { callIdSchema, engagementIdSchema } from './ids';
import { callDirectionSchema, callOutcomeSchema, endStatusSchema } from './outcome';

/** Everything HubSpot needs to log a finished call; `hubspot/engagement.ts` turns it into properties. */
export const callCompletionSchema = builtOnFirstUse(() =>
  v.object({
    id: callIdSchema,
    direction: callDirectionSchema,
    dial: dialRequestSchema,
    to: validNumberSchema,
    from: v.nullable(v.string()),
    engagementId: v.nullable(engagementIdSchema),
    startedAt: v.number(),
    answeredAt: v.nullable(v.number()),
    endedAt: v.number(),
    endStatus: endStatusSchema,
    outcome: v.nullable(callOutcomeSchema),
    notes: v.string(),
    // Absent in records written before calls could be named.
    calleeName: v.optional(v.nullable(v.string()), null),
  }),
);
export type CallCompletion = v.InferOutput<typeof callCompletionSchema>;
