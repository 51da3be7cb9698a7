import type { CallCompletion } from '../../call/completion';
import { outcomeLabels } from '../outcome-labels';
import { Button } from '../parts/Button';
import { formatDuration } from '../parts/CallTimer';
import { Heading, Muted, Screen } from '../parts/layout';

export function IdleScreen({
  lastCall,
  onOpenSettings,
}: {
  lastCall: CallCompletion | null;
  onOpenSettings: () => void;
}) {
  return (
    <Screen aria-labelledby="idle-heading">
      <Heading id="idle-heading">Ready for your next call</Heading>
      <Muted>Click Call on a HubSpot record: the call goes to your phone and is logged here.</Muted>
      {lastCall !== null && (
        <Muted role="status">
          Last call to {lastCall.to.display} saved
          {lastCall.outcome === null ? '' : ` as ${outcomeLabels[lastCall.outcome]}`}
          {lastCall.answeredAt === null
            ? '.'
            : `, ${formatDuration(lastCall.endedAt - lastCall.answeredAt)}.`}
        </Muted>
      )}
      <Button onClick={onOpenSettings}>Settings</Button>
    </Screen>
  );
}
