import type { CallOutcome } from '../call/outcome';

/** HubSpot's own names for its default outcomes. */
export const outcomeLabels: Record<CallOutcome, string> = {
  connected: 'Connected',
  leftVoicemail: 'Left voicemail',
  leftLiveMessage: 'Left live message',
  noAnswer: 'No answer',
  busy: 'Busy',
  wrongNumber: 'Wrong number',
};
