import type { ReactNode } from 'react';
import styled from 'styled-components';
import type { LiveCall } from '../../call/state';
import type { PhoneProvider, Settings } from '../../settings/settings';
import type { HandoffKit } from '../../widget/handoff-kit';
import { Button, ButtonRow } from '../parts/Button';
import { CalleeSummary } from '../parts/CalleeSummary';
import { DeepLinkPanel } from '../parts/DeepLinkPanel';
import { EngagementStatus } from '../parts/EngagementStatus';
import { ErrorText, Field, Heading, Muted, Screen } from '../parts/layout';

const Outcomes = styled.div`
  display: flex;
  flex-direction: column;
  gap: 8px;
`;

interface Props {
  call: LiveCall;
  settings: Settings;
  provider: PhoneProvider;
  kit: HandoffKit;
  onChooseCallerId: (callerId: string | null) => void;
  onAnswered: () => void;
  onNoAnswer: () => void;
  onBusy: () => void;
  onCancel: () => void;
  /** Who the number belongs to, from the caller lookup, when one is set up. */
  caller?: ReactNode;
  /** "Add people" for a group call or text, when the phone app can (OpenPhone). */
  group?: ReactNode;
}

const appSelected = '';

export function HandoffScreen({ call, settings, provider, kit, ...on }: Props) {
  const link = kit.callLinkFor(
    { id: call.id, toE164: call.to.e164, from: call.from },
    provider,
    settings,
  );
  return (
    <Screen aria-labelledby="handoff-heading">
      <Heading id="handoff-heading">Call on your phone</Heading>
      <CalleeSummary number={call.to.display} dial={call.dial} />
      {on.caller}
      {provider === 'openPhone' && settings.callerIds.length > 0 && (
        <Field>
          <label htmlFor="caller-id">Call from</label>
          <select
            id="caller-id"
            value={call.from ?? appSelected}
            onChange={(event) =>
              on.onChooseCallerId(event.target.value === appSelected ? null : event.target.value)
            }
          >
            {settings.callerIds.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
            <option value={appSelected}>Number selected in OpenPhone</option>
          </select>
        </Field>
      )}
      {link.kind === 'refused' ? (
        <ErrorText role="alert">{link.message}</ErrorText>
      ) : (
        <DeepLinkPanel kit={kit} href={link.href} appName={link.appName} action={link.action} />
      )}
      {on.group}
      <Muted>Then tell HubSpot how it went:</Muted>
      <Outcomes>
        <Button $tone="primary" $wide onClick={on.onAnswered}>
          Connected
        </Button>
        <ButtonRow>
          <Button onClick={on.onNoAnswer}>No answer</Button>
          <Button onClick={on.onBusy}>Busy</Button>
        </ButtonRow>
        <Button $tone="danger" $wide onClick={on.onCancel}>
          Cancel call
        </Button>
      </Outcomes>
      <EngagementStatus engagement={call.engagement} />
    </Screen>
  );
}
