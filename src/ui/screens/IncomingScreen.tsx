import type { ReactNode } from 'react';
import type { LiveCall } from '../../call/state';
import type { CallerIdMatch } from '../../hubspot/messages';
import type { HubSpotCallerMatch } from '../../widget/widget-state';
import { Button, ButtonRow } from '../parts/Button';
import { CalleeSummary } from '../parts/CalleeSummary';
import { EngagementStatus } from '../parts/EngagementStatus';
import { Heading, Muted, Screen } from '../parts/layout';

interface Props {
  call: LiveCall;
  hubSpotMatch: HubSpotCallerMatch | null;
  onAnswered: () => void;
  onMissed: () => void;
  onDeclined: () => void;
  onOpenRecord: (match: CallerIdMatch) => void;
  caller?: ReactNode;
}

function HubSpotMatch({
  match,
  onOpenRecord,
}: {
  match: HubSpotCallerMatch | null;
  onOpenRecord: Props['onOpenRecord'];
}) {
  if (match === null) return null;
  if (match.status === 'noMatch') return <Muted>No HubSpot record has this number.</Muted>;
  return (
    <>
      {match.matches.map((found) => (
        <ButtonRow
          key={`${found.objectCoordinates.objectTypeId}-${found.objectCoordinates.objectId}`}
        >
          <Muted>
            In HubSpot: {found.name} ({found.kind === 'COMPANY' ? 'company' : 'contact'})
          </Muted>
          <Button onClick={() => onOpenRecord(found)} aria-label={`Open ${found.name} in HubSpot`}>
            Open record
          </Button>
        </ButtonRow>
      ))}
    </>
  );
}

/** An inbound call ringing (or that rang) on the agent's phone, being logged. */
export function IncomingScreen({ call, hubSpotMatch, caller, ...on }: Props) {
  const match = hubSpotMatch?.callId === call.id ? hubSpotMatch : null;
  return (
    <Screen aria-labelledby="incoming-heading">
      <Heading id="incoming-heading">Incoming call</Heading>
      <CalleeSummary number={call.to.display} dial={call.dial} />
      <HubSpotMatch match={match} onOpenRecord={on.onOpenRecord} />
      {caller}
      <Muted>How did it go?</Muted>
      <Button $tone="primary" $wide onClick={on.onAnswered}>
        Answered
      </Button>
      <ButtonRow>
        <Button onClick={on.onMissed}>Missed</Button>
        <Button onClick={on.onDeclined}>Declined</Button>
      </ButtonRow>
      <EngagementStatus engagement={call.engagement} />
    </Screen>
  );
}
