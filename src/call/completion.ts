import type { DialRequest, ValidNumber } from './dial';
import type { CallId, EngagementId } from './ids';
import type { CallDirection, CallOutcome, EndStatus } from './outcome';

/** Everything HubSpot needs to log a finished call; `hubspot/engagement.ts` turns it into properties. */
export interface CallCompletion {
  id: CallId;
  direction: CallDirection;
  dial: DialRequest;
  to: ValidNumber;
  from: string | null;
  engagementId: EngagementId | null;
  startedAt: number;
  answeredAt: number | null;
  endedAt: number;
  endStatus: EndStatus;
  outcome: CallOutcome | null;
  notes: string;
  calleeName: string | null;
}
