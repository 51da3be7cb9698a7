import * as v from 'valibot';
import { builtOnFirstUse } from '../built-on-first-use';
import { callCompletionSchema } from './completion';
import { callIdSchema, engagementIdSchema } from './ids';
import { callOutcomeSchema, endStatusSchema } from './outcome';
import { liveCallSchema } from './state';

/** What the machine asks the edges to tell HubSpot; the adapter turns each into one SDK call. */
export const effectSchema = builtOnFirstUse(() =>
  v.variant('type', [
    v.object({ type: v.literal('outgoingCall'), call: liveCallSchema }),
    v.object({ type: v.literal('incomingCall'), call: liveCallSchema }),
    v.object({ type: v.literal('callAnswered'), id: callIdSchema }),
    v.object({
      type: v.literal('callEnded'),
      id: callIdSchema,
      engagementId: v.nullable(engagementIdSchema),
      endStatus: endStatusSchema,
    }),
    v.object({ type: v.literal('callCompleted'), completion: callCompletionSchema }),
    /**
     * Logs a call the widget lost in a reload on the engagement HubSpot's handshake named:
     * only what the agent gave (outcome, notes) and how it ended, under a new external id.
     */
    v.object({
      type: v.literal('recalledCallCompleted'),
      id: callIdSchema,
      engagementId: engagementIdSchema,
      endStatus: endStatusSchema,
      outcome: v.nullable(callOutcomeSchema),
      notes: v.string(),
    }),
  ]),
);
export type Effect = v.InferOutput<typeof effectSchema>;
