/** HubSpot's default call outcomes (dispositions), in the order HubSpot lists them. */
export const callOutcomes = [
  'connected',
  'leftVoicemail',
  'leftLiveMessage',
  'noAnswer',
  'busy',
  'wrongNumber',
] as const;

export type CallOutcome = (typeof callOutcomes)[number];

/** `callEndStatus` values HubSpot accepts (SPEC §1 `callEnded`); the last two are inbound. */
export type EndStatus =
  | 'COMPLETED'
  | 'NO_ANSWER'
  | 'BUSY'
  | 'CANCELED'
  | 'FAILED'
  | 'MISSED'
  | 'REJECTED';

/** From the HubSpot user's side: they dialled (OUTBOUND) or their phone rang (INBOUND). */
export type CallDirection = 'OUTBOUND' | 'INBOUND';
