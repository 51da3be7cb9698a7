import { memo } from 'react';
import styled from 'styled-components';
import { PhoneRecord } from './PhoneRecord';
import { colors } from './theme';
import type { TimelineEntry } from './timeline';

const Card = styled.li`
  list-style: none;
  background: ${colors.panel};
  border: 1px solid ${colors.border};
  border-radius: 4px;
  padding: 14px 18px;
  font-size: 14px;
`;

const Heading = styled.div`
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  gap: 4px 12px;
  margin-bottom: 8px;
  h3 {
    margin: 0;
    font-size: 15px;
    font-weight: 600;
  }
  time {
    color: ${colors.muted};
    font-size: 12px;
    white-space: nowrap;
  }
`;

const Facts = styled.dl`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(130px, 1fr));
  gap: 6px 16px;
  margin: 0 0 10px;
  dt {
    color: ${colors.muted};
    font-size: 12px;
  }
  dd {
    margin: 0;
  }
`;

const Notes = styled.p`
  margin: 0;
  padding: 10px 12px;
  background: ${colors.page};
  border-radius: 3px;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

const Problem = styled.p`
  margin: 10px 0 0;
  padding: 8px 12px;
  border-left: 3px solid ${colors.warning};
  background: ${colors.warningBg};
`;

function Fact({ label, value }: { label: string; value: string | null }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value ?? '—'}</dd>
    </div>
  );
}

/** One logged call, as HubSpot's activity timeline shows it. Notes are text, never HTML. */
/** Drawn once per logged call (memo): the timeline only grows. */
export const TimelineCard = memo(function TimelineCard({
  entry,
  phoneSide = false,
}: {
  entry: TimelineEntry;
  /** The widget leaves status, talk time and recording to the sync service (`?sync=on`). */
  phoneSide?: boolean;
}) {
  const when = entry.callTimestamp ?? entry.loggedAt;
  return (
    <Card
      data-testid="timeline-entry"
      data-engagement-id={entry.engagementId ?? ''}
      data-external-call-id={entry.externalCallId ?? ''}
    >
      <Heading>
        <h3>{entry.title}</h3>
        <time dateTime={new Date(when).toISOString()}>{new Date(when).toLocaleString()}</time>
      </Heading>
      <Facts>
        <Fact label="Direction" value={entry.direction} />
        <Fact label="Status" value={entry.status} />
        <Fact label="Outcome" value={entry.outcome} />
        <Fact label="Duration" value={entry.duration} />
        <Fact label="From" value={entry.fromNumber} />
        <Fact label="To" value={entry.toNumber} />
        <Fact label="Engagement" value={entry.engagementId} />
      </Facts>
      {entry.notes !== '' && <Notes data-testid="timeline-notes">{entry.notes}</Notes>}
      {entry.recordingUrl && (
        <p>
          <a href={entry.recordingUrl} target="_blank" rel="noreferrer noopener">
            Call recording
          </a>
        </p>
      )}
      {entry.problem && <Problem role="note">{entry.problem}</Problem>}
      {phoneSide && <PhoneRecord entry={entry} />}
    </Card>
  );
});
