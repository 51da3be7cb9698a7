import styled from 'styled-components';
import { type EngagementMode, engagementModes, type FrameSession } from './host-session';
import type { WidgetVisibility } from './protocol';
import { colors, fitsColumn } from './theme';

const Controls = styled.div`
  display: grid;
  gap: 12px;
  padding: 12px 16px;
  border-bottom: 1px solid ${colors.border};
  font-size: 13px;
  ${fitsColumn}
`;

const Box = styled.section`
  padding: 12px 16px;
  background: ${colors.panel};
  border: 1px solid ${colors.border};
  border-radius: 4px;
  font-size: 13px;
  ${fitsColumn}
`;

const Modes = styled.fieldset`
  margin: 0;
  padding: 0;
  border: 0;
  display: flex;
  flex-wrap: wrap;
  gap: 4px 14px;
  legend {
    padding: 0;
    margin-bottom: 4px;
    font-weight: 600;
  }
  label {
    display: inline-flex;
    gap: 4px;
    align-items: center;
    cursor: pointer;
  }
`;

const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
`;

export const HostButton = styled.button`
  padding: 5px 10px;
  border: 1px solid ${colors.link};
  border-radius: 3px;
  background: #fff;
  color: ${colors.link};
  font: inherit;
  cursor: pointer;
  &:hover:not(:disabled) {
    background: #e5f5f8;
  }
  &:disabled {
    opacity: 0.45;
    cursor: not-allowed;
  }
`;

/** How HubSpot answers `createEngagement` for the next calls, from any frame. */
export function EngagementModes(props: {
  mode: EngagementMode;
  onChange(mode: EngagementMode): void;
}) {
  const { mode: chosen, onChange } = props;
  return (
    <Box aria-label="HubSpot engagements">
      <Modes data-testid="engagement-mode">
        <legend>Engagement for new calls</legend>
        {engagementModes.map(({ mode, label }) => (
          <label key={mode}>
            <input
              type="radio"
              name="engagement-mode"
              value={mode}
              checked={chosen === mode}
              onChange={() => onChange(mode)}
            />
            {label}
          </label>
        ))}
      </Modes>
    </Box>
  );
}

/** What a HubSpot user (or HubSpot itself) can do to one widget frame from outside it. */
export function HostControls(props: {
  frame: FrameSession;
  onEndCall(): void;
  onVisibility(visibility: WidgetVisibility): void;
  onReload(): void;
}) {
  const { frame, onEndCall, onVisibility, onReload } = props;
  const connected = frame.connection === 'connected';
  const { isHidden, isMinimized } = frame.visibility;
  return (
    <Controls>
      <Buttons>
        <HostButton type="button" disabled={!connected} onClick={onEndCall}>
          End call from HubSpot
        </HostButton>
        <HostButton
          type="button"
          disabled={isHidden}
          onClick={() => onVisibility({ isHidden: false, isMinimized: !isMinimized })}
        >
          {isMinimized ? 'Restore widget' : 'Minimize widget'}
        </HostButton>
        <HostButton
          type="button"
          onClick={() => onVisibility({ isHidden: !isHidden, isMinimized: false })}
        >
          {isHidden ? 'Show widget' : 'Hide widget'}
        </HostButton>
        <HostButton type="button" onClick={onReload}>
          Reload widget
        </HostButton>
      </Buttons>
    </Controls>
  );
}
