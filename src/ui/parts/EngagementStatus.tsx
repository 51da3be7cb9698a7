import { assertNever } from '../../assert-never';
import type { Engagement } from '../../call/state';
import { hubSpotFailure } from '../../widget/hubspot-failure';
import { useTranslation } from '../use-translation';
import { ErrorText } from './layout';

/**
 * During the call, only a failure to create the call record is worth the agent's eyes;
 * "Logged on the HubSpot timeline" is said once, after Save (the ready screen).
 */
export function EngagementStatus({ engagement }: { engagement: Engagement }) {
  const { say } = useTranslation();
  switch (engagement.status) {
    case 'pending':
    case 'created':
      return null;
    case 'failed':
      return (
        <ErrorText role="alert">
          {say(hubSpotFailure('engagement.failed', engagement.reason))}
        </ErrorText>
      );
    default:
      return assertNever(engagement);
  }
}
