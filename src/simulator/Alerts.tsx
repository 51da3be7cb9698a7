import styled from 'styled-components';
import type { HostAlert } from './host-session';
import type { WidgetSource } from './local-settings';
import { colors } from './theme';

const Stack = styled.div`
  display: grid;
  gap: 8px;
  &:empty {
    display: none;
  }
`;

const Banner = styled.div<{ $tone: 'danger' | 'warning' | 'info' }>`
  display: flex;
  gap: 12px;
  align-items: flex-start;
  padding: 12px 16px;
  border: 1px solid ${({ $tone }) => ({ danger: colors.danger, warning: colors.warning, info: colors.info })[$tone]};
  border-left-width: 4px;
  border-radius: 3px;
  background: ${({ $tone }) => ({ danger: colors.dangerBg, warning: colors.warningBg, info: colors.infoBg })[$tone]};
  color: ${colors.text};
  font-size: 14px;
  line-height: 1.5;
`;

const Body = styled.div`
  flex: 1;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

const Close = styled.button`
  border: 0;
  background: none;
  color: ${colors.muted};
  font-size: 18px;
  line-height: 1;
  cursor: pointer;
`;

/** HubSpot's alert banners: the widget's `sendError` messages and HubSpot's own problems. */
export function Alerts(props: {
  alerts: readonly HostAlert[];
  providerName: string;
  note: WidgetSource['note'];
  onDismiss(id: number): void;
}) {
  const { alerts, providerName, note, onDismiss } = props;
  return (
    <Stack>
      {note && (
        <Banner $tone={note.tone} role="status" data-testid="local-settings-note">
          <Body>{note.text}</Body>
        </Banner>
      )}
      {alerts.map((alert) => (
        <Banner
          key={alert.id}
          $tone="danger"
          role="alert"
          data-testid="hubspot-alert"
          data-source={alert.source}
        >
          <Body>
            <strong>{alert.source === 'widget' ? `${providerName}: ` : 'HubSpot: '}</strong>
            {alert.message}
          </Body>
          <Close type="button" aria-label="Dismiss" onClick={() => onDismiss(alert.id)}>
            ×
          </Close>
        </Banner>
      ))}
    </Stack>
  );
}
