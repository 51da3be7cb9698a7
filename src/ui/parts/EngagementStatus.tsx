import type { Engagement } from '../../call/state';
import { ErrorText, Muted } from './layout';

export function EngagementStatus({ engagement }: { engagement: Engagement }) {
  switch (engagement.status) {
    case 'pending':
      return <Muted>Creating the call on the HubSpot timeline…</Muted>;
    case 'created':
      return <Muted>Logged on the HubSpot timeline.</Muted>;
    case 'failed':
      return (
        <ErrorText role="alert">
          HubSpot could not create the call record: {engagement.reason} Your notes are kept here.
        </ErrorText>
      );
  }
}
