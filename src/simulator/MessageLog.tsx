import { memo, useLayoutEffect, useRef } from 'react';
import styled from 'styled-components';
import type { RecordedMessage } from './protocol';
import { colors } from './theme';

const Panel = styled.section`
  background: ${colors.panel};
  border: 1px solid ${colors.border};
  border-radius: 4px;
  h2 {
    margin: 0;
    padding: 10px 16px;
    border-bottom: 1px solid ${colors.border};
    font-size: 14px;
    font-weight: 600;
  }
`;

const Lines = styled.ol`
  margin: 0;
  padding: 0;
  height: 300px;
  overflow-y: auto;
  font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  font-size: 12px;
`;

const Line = styled.li`
  list-style: none;
  display: grid;
  grid-template-columns: 88px 150px minmax(200px, max-content) 1fr;
  gap: 12px;
  padding: 5px 16px;
  border-bottom: 1px solid #eaf0f6;
  &[data-direction='to-widget'] {
    background: #f6fbfc;
  }
`;

const Direction = styled.span`
  color: ${colors.muted};
`;

const Type = styled.strong`
  color: ${colors.text};
`;

const Payload = styled.code`
  color: ${colors.muted};
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

/** Consecutive SYNC retries to one frame (every 100 ms until it answers) shown as one line. */
export function logLines(
  messages: readonly RecordedMessage[],
): { message: RecordedMessage; count: number }[] {
  const lines: { message: RecordedMessage; count: number }[] = [];
  for (const message of messages) {
    const last = lines.at(-1);
    if (
      last &&
      message.type === 'SYNC' &&
      last.message.type === 'SYNC' &&
      last.message.frame === message.frame
    ) {
      last.count += 1;
    } else {
      lines.push({ message, count: 1 });
    }
  }
  return lines;
}

function json(data: unknown): string {
  if (data === undefined) return '';
  try {
    return JSON.stringify(data);
  } catch {
    return String(data);
  }
}

function clock(at: number): string {
  const time = new Date(at);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(time.getHours())}:${pad(time.getMinutes())}:${pad(time.getSeconds())}.${pad(time.getMilliseconds(), 3)}`;
}

/**
 * One line, drawn once: the log grows by a line per message, and re-drawing every line on
 * every message made long sessions slower and slower (measured over 300 scripted calls).
 */
const LogLine = memo(function LogLine({
  message,
  count,
}: {
  message: RecordedMessage;
  count: number;
}) {
  // With two frames, the frame's own name: `remote` (navigation bar) or `window`.
  const side = message.frame === undefined || message.frame === 'widget' ? 'widget' : message.frame;
  return (
    <Line
      data-direction={message.direction}
      data-type={message.type}
      data-count={count}
      data-frame={message.frame}
    >
      <Direction>{clock(message.at)}</Direction>
      <Direction>
        {message.direction === 'to-widget' ? `HubSpot → ${side}` : `${side} → HubSpot`}
      </Direction>
      <Type>
        {message.type}
        {count > 1 ? ` ×${count}` : ''}
      </Type>
      <Payload>{json(message.data)}</Payload>
    </Line>
  );
});

/** Every message between HubSpot and the widget, newest last. */
export function MessageLog({ messages }: { messages: readonly RecordedMessage[] }) {
  const listRef = useRef<HTMLOListElement>(null);
  const followRef = useRef(true);
  const lines = logLines(messages);

  // Follow new messages unless the reader has scrolled up to look at older ones.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list && followRef.current && lines.length > 0) list.scrollTop = list.scrollHeight;
  }, [lines.length]);

  return (
    <Panel aria-label="Message log">
      <h2>Messages ({messages.length})</h2>
      <Lines
        ref={listRef}
        data-testid="message-log"
        onScroll={(event) => {
          const list = event.currentTarget;
          followRef.current = list.scrollHeight - list.scrollTop - list.clientHeight < 24;
        }}
      >
        {lines.map(({ message, count }, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the log only grows at its end.
          <LogLine key={index} message={message} count={count} />
        ))}
      </Lines>
    </Panel>
  );
}
