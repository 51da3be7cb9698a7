import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PhoneRecord } from '../../src/simulator/PhoneRecord';
import { timelineEntry } from '../../src/simulator/timeline';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const entry = timelineEntry(
  {
    externalCallId: 'call-7',
    engagementId: 77,
    engagementProperties: {
      hs_call_direction: 'OUTBOUND',
      hs_call_to_number: '+12025550143',
      hs_timestamp: '1767225600000',
    },
  },
  { loggedAt: 1767225660000, createdEngagementIds: ['77'] },
);

const at = (path: string) => new URL(`/demo-sync${path}`, window.location.href).href;

describe('PhoneRecord', () => {
  it('plays the call on the demo phone and shows what the sync service wrote', async () => {
    const plays: unknown[] = [];
    let reads = 0;
    server.use(
      http.post(at('/phone-calls'), async ({ request }) => {
        plays.push(await request.json());
        return HttpResponse.json({ ok: true, providerCallId: 'AC1' }, { status: 202 });
      }),
      http.get(at('/calls/call-7'), () => {
        reads += 1;
        return HttpResponse.json({
          status: 'COMPLETED',
          durationMs: 42_000,
          recordingUrl: reads > 1 ? 'https://localhost:9025/demo-sync/recordings/AC1.wav' : null,
          summary: reads > 1 ? '• Asked for a quote.' : null,
          providerCallId: 'AC1',
          outcomes: [],
        });
      }),
    );
    render(<PhoneRecord entry={entry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Answered on the phone (42 s)' }));

    expect(plays).toEqual([
      {
        externalCallId: 'call-7',
        direction: 'OUTBOUND',
        contactNumber: '+12025550143',
        loggedAt: 1767225600000,
        talkSeconds: 42,
      },
    ]);
    const section = await screen.findByRole('region', { name: 'From the phone' });
    expect(section).toHaveTextContent('Completed');
    expect(section).toHaveTextContent('00:42');
    await waitFor(
      () => expect(screen.getByTestId('phone-summary')).toHaveTextContent('• Asked for a quote.'),
      { timeout: 4000 },
    );
    expect(screen.getByLabelText('Call recording')).toHaveAttribute(
      'src',
      'https://localhost:9025/demo-sync/recordings/AC1.wav',
    );
  });

  it('says the demo phone is not there when no sync service answers (a static host)', async () => {
    server.use(http.post(at('/phone-calls'), () => new HttpResponse(null, { status: 404 })));
    render(<PhoneRecord entry={entry} />);
    await userEvent.click(screen.getByRole('button', { name: 'No answer on the phone' }));
    expect(await screen.findByRole('note')).toHaveTextContent(
      'The demo phone is not available here',
    );
  });
});
