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

/** `callEndStatus` values HubSpot accepts for an outbound call (SPEC §1 `callEnded`). */
export type EndStatus = 'COMPLETED' | 'NO_ANSWER' | 'BUSY' | 'CANCELED' | 'FAILED';
