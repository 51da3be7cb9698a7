import * as v from 'valibot';
import { builtOnFirstUse } from '../built-on-first-use';

/** HubSpot's default call outcomes (dispositions), in the order HubSpot lists them. */
export const callOutcomes = [
  'connected',
  'leftVoicemail',
  'leftLiveMessage',
  'noAnswer',
  'busy',
  'wrongNumber',
] as const;
export const callOutcomeSchema = builtOnFirstUse(() => v.picklist(callOutcomes));
export type CallOutcome = v.InferOutput<typeof callOutcomeSchema>;

/** `callEndStatus` values HubSpot accepts (the SDK's `EndStatus`); the last two are inbound. */
export const endStatusSchema = builtOnFirstUse(() =>
  v.picklist(['COMPLETED', 'NO_ANSWER', 'BUSY', 'CANCELED', 'FAILED', 'MISSED', 'REJECTED']),
);
export type EndStatus = v.InferOutput<typeof endStatusSchema>;

/** From the HubSpot user's side: they dialled (OUTBOUND) or their phone rang (INBOUND). */
export const callDirectionSchema = builtOnFirstUse(() => v.picklist(['OUTBOUND', 'INBOUND']));
export type CallDirection = v.InferOutput<typeof callDirectionSchema>;
