import type { CallOutcome } from '../call/outcome';
import type { MessageKey } from '../i18n/catalog';

/** HubSpot's own names for its default outcomes, by catalogue key. */
export const outcomeLabelKeys: Record<CallOutcome, MessageKey> = {
  connected: 'outcome.connected',
  leftVoicemail: 'outcome.leftVoicemail',
  leftLiveMessage: 'outcome.leftLiveMessage',
  noAnswer: 'outcome.noAnswer',
  busy: 'outcome.busy',
  wrongNumber: 'outcome.wrongNumber',
};
