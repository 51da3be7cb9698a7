import styled from 'styled-components';
import { reloadWith } from './TopBar';
import { colors } from './theme';

const Line = styled.label`
  display: flex;
  gap: 6px;
  align-items: center;
  margin: 0 0 10px;
  color: ${colors.muted};
  font-size: 13px;
  select {
    font: inherit;
  }
`;

/**
 * Whether the simulated team runs the sync service: the widget URL then carries the admin's
 * `sync=on`, and each logged call can be ended on the demo phone, whose record the service
 * writes (README, "Sync with your phone system").
 */
export function SyncServiceSwitch({ phoneSync }: { phoneSync: boolean }) {
  return (
    <Line>
      Sync service
      <select
        value={phoneSync ? 'on' : 'off'}
        onChange={(event) => reloadWith('sync', event.target.value)}
      >
        <option value="off">Off</option>
        <option value="on">On (widget URL sync=on)</option>
      </select>
    </Line>
  );
}
