import type { CallCompletion } from '../../call/completion';
import { outcomeLabels } from '../outcome-labels';
import { AvailabilitySwitch } from '../parts/AvailabilitySwitch';
import { Button } from '../parts/Button';
import { formatDuration } from '../parts/CallTimer';
import { IncomingCallForm } from '../parts/IncomingCallForm';
import { Heading, Muted, Screen } from '../parts/layout';

export function IdleScreen({
  lastCall,
  onOpenSettings,
  available = true,
  onAvailableChange = () => undefined,
  onLogIncomingCall = async () => null,
}: {
  lastCall: CallCompletion | null;
  onOpenSettings: () => void;
  available?: boolean;
  onAvailableChange?: (available: boolean) => void;
  onLogIncomingCall?: (text: string) => Promise<string | null>;
}) {
  return (
    <Screen aria-labelledby="idle-heading">
      <Heading id="idle-heading">Ready for your next call</Heading>
      <Muted>Click Call on a HubSpot record: the call goes to your phone and is logged here.</Muted>
      {lastCall !== null && (
        <Muted role="status">
          Last call {lastCall.direction === 'INBOUND' ? 'from' : 'to'} {lastCall.to.display} saved
          {lastCall.outcome === null ? '' : ` as ${outcomeLabels[lastCall.outcome]}`}
          {lastCall.answeredAt === null
            ? '.'
            : `, ${formatDuration(lastCall.endedAt - lastCall.answeredAt)}.`}
        </Muted>
      )}
      <AvailabilitySwitch available={available} onChange={onAvailableChange} />
      <IncomingCallForm onLog={onLogIncomingCall} />
      <Button onClick={onOpenSettings}>Settings</Button>
    </Screen>
  );
}
