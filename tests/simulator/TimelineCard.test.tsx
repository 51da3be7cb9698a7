import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TimelineCard } from '../../src/simulator/TimelineCard';
import { timelineEntry } from '../../src/simulator/timeline';

const entry = timelineEntry(
  {
    externalCallId: 'call-1',
    engagementId: 4242,
    engagementProperties: {
      hs_call_title: 'Call with Camille Durand',
      hs_call_direction: 'OUTBOUND',
      hs_call_status: 'NO_ANSWER',
      hs_call_disposition: '73a0d17f-1163-4015-bdd5-ec830791da20',
      hs_call_duration: '0',
      hs_call_to_number: '+33123456789',
      hs_call_body: 'Try &lt;b&gt;again&lt;/b&gt;<br>after 3pm',
    },
  },
  { loggedAt: 1767225600000, createdEngagementIds: ['4242'] },
);

describe('TimelineCard', () => {
  it('carries the engagement id for tests to find it', () => {
    render(<TimelineCard entry={entry} />);
    expect(screen.getByTestId('timeline-entry')).toHaveAttribute('data-engagement-id', '4242');
  });

  it('shows the outcome by name and the duration as mm:ss', () => {
    render(<TimelineCard entry={entry} />);
    const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(fact('Outcome')).toHaveTextContent('No answer');
    expect(fact('Status')).toHaveTextContent('No answer');
    expect(fact('Duration')).toHaveTextContent('00:00');
  });

  it('shows the notes as text: an escaped tag stays visible, never becomes markup', () => {
    render(<TimelineCard entry={entry} />);
    const notes = screen.getByTestId('timeline-notes');
    expect(notes).toHaveTextContent('Try <b>again</b> after 3pm', { normalizeWhitespace: true });
    expect(notes.querySelector('b')).toBeNull();
  });

  it('offers to end the call on the demo phone only when the widget leaves that to the sync service', () => {
    const { unmount } = render(<TimelineCard entry={entry} />);
    expect(screen.queryByRole('region', { name: 'From the phone' })).toBeNull();
    unmount();
    render(<TimelineCard entry={entry} phoneSide />);
    expect(screen.getByRole('region', { name: 'From the phone' })).toBeVisible();
  });
});
