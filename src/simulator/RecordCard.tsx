import styled from 'styled-components';
import type { CrmRecord } from './contacts';
import { colors } from './theme';

const Card = styled.section`
  background: ${colors.panel};
  border: 1px solid ${colors.border};
  border-radius: 4px;
  padding: 20px 24px;
`;

const Header = styled.div`
  display: flex;
  gap: 16px;
  align-items: center;
  margin-bottom: 16px;
`;

const Avatar = styled.span<{ $objectTypeId: string }>`
  display: inline-grid;
  place-items: center;
  width: 48px;
  height: 48px;
  flex: none;
  border-radius: ${({ $objectTypeId }) => ($objectTypeId === '0-1' ? '50%' : '6px')};
  background: ${({ $objectTypeId }) => ($objectTypeId === '0-1' ? '#7fded2' : '#b9cde3')};
  color: ${colors.nav};
  font-weight: 600;
`;

const Name = styled.h1`
  margin: 0;
  font-size: 20px;
  font-weight: 600;
`;

const Subtitle = styled.p`
  margin: 2px 0 0;
  color: ${colors.muted};
  font-size: 14px;
`;

const Properties = styled.dl`
  display: grid;
  grid-template-columns: minmax(140px, max-content) minmax(0, 1fr);
  gap: 10px 16px;
  margin: 0;
  font-size: 14px;
  dt {
    color: ${colors.muted};
  }
  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
    display: flex;
    align-items: center;
    gap: 12px;
    flex-wrap: wrap;
  }
`;

const CallButton = styled.button`
  padding: 4px 12px;
  border: 1px solid ${colors.accent};
  border-radius: 3px;
  background: ${colors.accent};
  color: #fff;
  font: inherit;
  font-size: 13px;
  cursor: pointer;
  &:hover:not(:disabled) {
    background: ${colors.accentDark};
  }
  &:disabled {
    opacity: 0.45;
    cursor: not-allowed;
  }
`;

function initials(name: string): string {
  return name
    .replace(/\(.*\)/, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}

/** The record page's header and "About" card, with a "Call" button on every phone property. */
export function RecordCard(props: {
  record: CrmRecord;
  canDial: boolean;
  onDial(phoneName: string): void;
}) {
  const { record, canDial, onDial } = props;
  return (
    <Card aria-label={record.name} data-testid="record-card" data-record-key={record.key}>
      <Header>
        <Avatar $objectTypeId={record.objectTypeId} aria-hidden="true">
          {record.objectTypeId === '0-5' ? '#' : initials(record.name)}
        </Avatar>
        <div>
          <Name>{record.name}</Name>
          <Subtitle>{record.subtitle}</Subtitle>
        </div>
      </Header>
      <Properties>
        {record.phones.map((phone) => (
          <div key={phone.name} style={{ display: 'contents' }}>
            <dt>{phone.label}</dt>
            <dd>
              <span>{phone.value}</span>
              <CallButton
                type="button"
                disabled={!canDial}
                title={canDial ? undefined : 'Waiting for the widget to answer HubSpot’s SYNC'}
                aria-label={`Call ${phone.value}`}
                data-testid="dial-button"
                data-phone-property={phone.name}
                onClick={() => onDial(phone.name)}
              >
                Call
              </CallButton>
            </dd>
          </div>
        ))}
        {record.about.map((property) => (
          <div key={property.label} style={{ display: 'contents' }}>
            <dt>{property.label}</dt>
            <dd>{property.value}</dd>
          </div>
        ))}
      </Properties>
    </Card>
  );
}
