import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { logLines, MessageLog } from '../../src/simulator/MessageLog';
import type { RecordedMessage } from '../../src/simulator/protocol';

const at = 1767225600000;
const sync: RecordedMessage = { direction: 'to-widget', type: 'SYNC', data: { hostUrl: 'x' }, at };
const messages: RecordedMessage[] = [
  sync,
  sync,
  sync,
  { direction: 'to-hubspot', type: 'SYNC_ACK', data: { iFrameUrl: 'x' }, at },
  { direction: 'to-hubspot', type: 'INITIALIZED', data: { isLoggedIn: true }, at },
  { direction: 'to-widget', type: 'END_CALL', data: undefined, at },
];

describe('logLines', () => {
  it('shows consecutive SYNC retries as one line with a count', () => {
    expect(logLines(messages).map(({ message, count }) => [message.type, count])).toEqual([
      ['SYNC', 3],
      ['SYNC_ACK', 1],
      ['INITIALIZED', 1],
      ['END_CALL', 1],
    ]);
  });
});

describe('logLines with two frames', () => {
  it('counts each frame’s SYNC retries apart', () => {
    const to = (frame: 'remote' | 'window'): RecordedMessage => ({ ...sync, frame });
    const lines = logLines([to('remote'), to('window'), to('window'), to('remote')]);
    expect(lines.map(({ message, count }) => [message.frame, count])).toEqual([
      ['remote', 1],
      ['window', 2],
      ['remote', 1],
    ]);
  });
});

describe('MessageLog', () => {
  it('names the frame a message crossed when there are two', () => {
    render(
      <MessageLog
        messages={[
          { ...sync, frame: 'remote' },
          { direction: 'to-hubspot', type: 'INCOMING_CALL', data: {}, at, frame: 'remote' },
          { direction: 'to-widget', type: 'DIAL_NUMBER', data: {}, at, frame: 'window' },
        ]}
      />,
    );
    expect(screen.getByText('HubSpot → remote')).toBeInTheDocument();
    expect(screen.getByText('remote → HubSpot')).toBeInTheDocument();
    expect(screen.getByText('HubSpot → window')).toBeInTheDocument();
  });

  it('lists each message with its direction and type, newest last', () => {
    render(<MessageLog messages={messages} />);
    const items = within(screen.getByTestId('message-log')).getAllByRole('listitem');
    expect(items.map((item) => [item.dataset.direction, item.dataset.type])).toEqual([
      ['to-widget', 'SYNC'],
      ['to-hubspot', 'SYNC_ACK'],
      ['to-hubspot', 'INITIALIZED'],
      ['to-widget', 'END_CALL'],
    ]);
  });

  it('shows the JSON payload', () => {
    render(<MessageLog messages={messages} />);
    expect(screen.getByText('{"isLoggedIn":true}')).toBeInTheDocument();
  });
});
