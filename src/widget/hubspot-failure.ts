import type { Message } from '../i18n/message';

/** The notices that quote HubSpot's reason; each has a `.noReason` wording for a bare failure. */
export type HubSpotFailure =
  | 'engagement.failed'
  | 'notice.engagementFailed'
  | 'notice.updateFailed'
  | 'notice.navigateFailed'
  | 'hubspot.engagementNotLogged';

/**
 * What the agent reads when HubSpot reports a failure: HubSpot's own words go in as a value,
 * as received; without any (`readFailureReason` gave null) the sentence stops at what failed,
 * in the agent's language rather than an English stand-in.
 */
export function hubSpotFailure(code: HubSpotFailure, reason: string | null): Message {
  return reason === null ? { code: `${code}.noReason` } : { code, values: { reason } };
}
