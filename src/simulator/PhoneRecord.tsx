import { useEffect, useRef, useState } from 'react';
import styled from 'styled-components';
import { HostButton } from './HostControls';
import { colors } from './theme';
import { callDuration, enumLabel, type TimelineEntry } from './timeline';

// The phone's side of the demo (issue 11): the call ends on the (stand-in) phone, and the
// sync service that `npm start` runs at /demo-sync writes what the phone knows on HubSpot's
// copy of the call. This card shows what it wrote, next to what the widget logged.

const Section = styled.section`
  margin-top: 10px;
  padding: 10px 12px;
  border-left: 3px solid ${colors.info};
  background: ${colors.infoBg};
  h4 {
    margin: 0 0 6px;
    font-size: 13px;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(130px, 1fr));
    gap: 6px 16px;
    margin: 8px 0;
  }
  dt {
    color: ${colors.muted};
    font-size: 12px;
  }
  dd {
    margin: 0;
  }
  pre {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font: inherit;
  }
`;

const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
`;

/** What the sync service wrote, as `/demo-sync/calls/:externalCallId` answers it. */
interface PhoneView {
  status: string | null;
  durationMs: number | null;
  recordingUrl: string | null;
  summary: string | null;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'playing' }
  | { kind: 'written'; view: PhoneView }
  | { kind: 'unavailable' };

const demoSyncUrl = (path: string) => new URL(`/demo-sync${path}`, window.location.href).href;

/** The call's other party in E.164, the way the widget sent it to HubSpot. */
function contactNumber(entry: TimelineEntry): string | null {
  const number = entry.direction.toUpperCase() === 'INBOUND' ? entry.fromNumber : entry.toNumber;
  return number !== null && /^\+[1-9]\d{6,14}$/.test(number) ? number : null;
}

export function PhoneRecord({ entry }: { entry: TimelineEntry }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const polls = useRef(0);
  const number = contactNumber(entry);
  const externalCallId = entry.externalCallId;

  async function read(): Promise<PhoneView | null> {
    if (externalCallId === null) return null;
    const response = await fetch(demoSyncUrl(`/calls/${encodeURIComponent(externalCallId)}`));
    return response.ok ? ((await response.json()) as PhoneView) : null;
  }

  async function play(talkSeconds: number | null) {
    if (externalCallId === null || number === null) return;
    setPhase({ kind: 'playing' });
    polls.current = 0;
    try {
      const response = await fetch(demoSyncUrl('/phone-calls'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          externalCallId,
          direction: entry.direction.toUpperCase() === 'INBOUND' ? 'INBOUND' : 'OUTBOUND',
          contactNumber: number,
          loggedAt: entry.callTimestamp ?? entry.loggedAt,
          talkSeconds,
        }),
      });
      const view = response.ok ? await read() : null;
      setPhase(view === null ? { kind: 'unavailable' } : { kind: 'written', view });
    } catch {
      setPhase({ kind: 'unavailable' });
    }
  }

  // The recording and the summary follow the call by a moment: look again a few times.
  const waiting =
    phase.kind === 'written' &&
    phase.view.status === 'COMPLETED' &&
    (phase.view.recordingUrl === null || phase.view.summary === null);
  useEffect(() => {
    if (!waiting || polls.current >= 10) return;
    const timer = setTimeout(() => {
      polls.current += 1;
      void read().then((view) => {
        if (view !== null) setPhase({ kind: 'written', view });
      });
    }, 1000);
    return () => clearTimeout(timer);
  });

  if (externalCallId === null) return null;
  return (
    <Section aria-label="From the phone" data-testid="phone-record">
      <h4>From the phone (sync service demo)</h4>
      {phase.kind === 'written' ? (
        <>
          <dl>
            <div>
              <dt>Status</dt>
              <dd>{phase.view.status === null ? '—' : enumLabel(phase.view.status)}</dd>
            </div>
            <div>
              <dt>Talk time</dt>
              <dd>{callDuration(phase.view.durationMs) ?? '—'}</dd>
            </div>
          </dl>
          {phase.view.recordingUrl !== null && (
            // biome-ignore lint/a11y/useMediaCaption: a demo tone, nothing is said
            <audio controls src={phase.view.recordingUrl} aria-label="Call recording" />
          )}
          {phase.view.summary !== null && (
            <pre data-testid="phone-summary">{phase.view.summary}</pre>
          )}
        </>
      ) : phase.kind === 'unavailable' ? (
        <p role="note">The demo phone is not available here (it runs with npm start).</p>
      ) : (
        <Buttons>
          <HostButton
            type="button"
            disabled={number === null || phase.kind === 'playing'}
            onClick={() => void play(42)}
          >
            Answered on the phone (42 s)
          </HostButton>
          <HostButton
            type="button"
            disabled={number === null || phase.kind === 'playing'}
            onClick={() => void play(null)}
          >
            No answer on the phone
          </HostButton>
        </Buttons>
      )}
    </Section>
  );
}
