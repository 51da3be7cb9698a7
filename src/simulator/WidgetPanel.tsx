import type { ReactNode } from 'react';
import styled from 'styled-components';
import type { FrameName } from './host-frames';
import type { Connection, FrameSession } from './host-session';
import { colors, fitsColumn } from './theme';

const Panel = styled.section`
  background: ${colors.panel};
  border: 1px solid ${colors.border};
  border-radius: 4px;
  overflow: hidden;
  align-self: start;
`;

const Header = styled.div`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 12px;
  padding: 10px 16px;
  background: ${colors.nav};
  color: ${colors.navText};
  font-size: 14px;
  h2 {
    margin: 0;
    font-size: 14px;
    font-weight: 600;
  }
`;

const Pill = styled.span<{ $connection: Connection }>`
  padding: 2px 8px;
  border-radius: 10px;
  font-size: 12px;
  color: ${colors.nav};
  background: ${({ $connection }) =>
    $connection === 'connected'
      ? colors.success
      : $connection === 'sync-failed'
        ? colors.danger
        : colors.warning};
`;

// One line each, cut short rather than wrapped (the whole text is in its title): the
// lines change during a call, and a line more or less would move the widget's iframe
// under a click on its way to a button.
const Status = styled.div`
  padding: 8px 16px;
  border-bottom: 1px solid ${colors.border};
  color: ${colors.muted};
  font-size: 13px;
  ${fitsColumn}
  p {
    margin: 0;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  small {
    font-size: 11px;
  }
`;

// The iframe must stay in the document while hidden: HubSpot keeps the widget running.
const Frame = styled.div<{ $collapsed: boolean }>`
  padding: ${({ $collapsed }) => ($collapsed ? '0' : '12px')};
  height: ${({ $collapsed }) => ($collapsed ? '0' : 'auto')};
  overflow: hidden;
  visibility: ${({ $collapsed }) => ($collapsed ? 'hidden' : 'visible')};
  background: ${colors.page};
  display: flex;
  justify-content: center;
  iframe {
    display: block;
    border: 1px solid ${colors.border};
    background: #fff;
  }
`;

const connectionLabels: Record<Connection, string> = {
  loading: 'Waiting for SYNC_ACK',
  connected: 'Connected',
  'sync-failed': 'No answer to SYNC',
};

function yesNo(value: boolean | null, yes: string, no: string): string {
  return value === null ? 'unknown' : value ? yes : no;
}

function callStatus(frame: FrameSession): string {
  const { call } = frame;
  if (!call) return 'No call in progress';
  const who = call.number ?? 'unknown number';
  const what =
    call.direction === 'OUTBOUND' ? `Outbound call to ${who}` : `Inbound call from ${who}`;
  const phase = call.phase === 'ended' ? `ended (${call.endStatus ?? 'no status'})` : call.phase;
  return `${what} · ${phase} · engagement ${call.engagementId ?? 'none'}`;
}

function Line({ text, small, testId }: { text: string; small?: boolean; testId?: string }) {
  return (
    <p title={text} data-testid={testId}>
      {small ? <small>{text}</small> : text}
    </p>
  );
}

const sizeSources: Record<FrameSession['sizedBy'], string> = {
  settings: 'the registered size',
  INITIALIZED: 'asked in INITIALIZED',
  RESIZE_WIDGET: 'asked with resizeWidget',
};

/** How each frame is titled on the page, before the provider's name. */
export const frameTitles: Record<FrameName, string> = {
  widget: 'Call from',
  remote: 'Navigation bar ·',
  window: 'Calling window ·',
};

/**
 * One of HubSpot's call widget frames: the SDK puts the iframe into `hostId`, React never
 * touches it. `data-frame` names the frame (`widget`, `remote`, `window`).
 */
export function WidgetPanel(props: {
  hostId: string;
  providerName: string;
  widgetUrl: string;
  frame: FrameSession;
  controls: ReactNode;
}) {
  const { hostId, providerName, widgetUrl, frame, controls } = props;
  const { isHidden, isMinimized } = frame.visibility;
  const { isLoggedIn, isAvailable } = frame.agent;
  const agent = `${yesNo(isLoggedIn, 'logged in', 'logged out')} · ${yesNo(isAvailable, 'available', 'unavailable')}`;
  const size = `${frame.size.width} × ${frame.size.height} px, ${sizeSources[frame.sizedBy]} · iframeLocation ${frame.name}`;
  return (
    <Panel
      aria-label={`${frameTitles[frame.name]} ${providerName}`}
      data-testid="widget-panel"
      data-frame={frame.name}
      data-hidden={isHidden}
      data-minimized={isMinimized}
      data-width={frame.size.width}
      data-height={frame.size.height}
    >
      <Header>
        <h2>
          {frameTitles[frame.name]} {providerName}
        </h2>
        <Pill
          $connection={frame.connection}
          data-testid="widget-connection"
          data-frame={frame.name}
          data-connection={frame.connection}
        >
          {connectionLabels[frame.connection]}
        </Pill>
      </Header>
      {controls}
      <Status data-testid="hubspot-call-status">
        <Line text={`Agent ${agent}`} />
        <Line text={callStatus(frame)} />
        <Line text={size} small testId="widget-size" />
        <Line text={`Widget: ${widgetUrl}`} small />
      </Status>
      <Frame $collapsed={isHidden || isMinimized}>
        <div id={hostId} />
      </Frame>
    </Panel>
  );
}
