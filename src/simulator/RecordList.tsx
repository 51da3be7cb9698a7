import styled from 'styled-components';
import type { CrmRecord, ObjectTypeId } from './contacts';
import { colors } from './theme';

const Panel = styled.nav`
  background: ${colors.panel};
  border: 1px solid ${colors.border};
  border-radius: 4px;
  padding: 12px 0;
  align-self: start;
`;

const Group = styled.h3`
  margin: 12px 16px 4px;
  font-size: 12px;
  font-weight: 600;
  letter-spacing: 0.04em;
  text-transform: uppercase;
  color: ${colors.muted};
`;

const Item = styled.button<{ $current: boolean }>`
  display: block;
  width: 100%;
  padding: 8px 16px;
  border: 0;
  border-left: 3px solid ${({ $current }) => ($current ? colors.accent : 'transparent')};
  background: ${({ $current }) => ($current ? '#eaf0f6' : 'transparent')};
  color: ${colors.text};
  font: inherit;
  font-size: 14px;
  text-align: left;
  cursor: pointer;
  &:hover {
    background: #eaf0f6;
  }
`;

const groups: readonly { objectTypeId: ObjectTypeId; label: string }[] = [
  { objectTypeId: '0-1', label: 'Contacts' },
  { objectTypeId: '0-2', label: 'Companies' },
  { objectTypeId: '0-5', label: 'Tickets' },
];

export function RecordList(props: {
  records: readonly CrmRecord[];
  selectedKey: string;
  onSelect(key: string): void;
}) {
  const { records, selectedKey, onSelect } = props;
  return (
    <Panel aria-label="Records">
      {groups.map((group) => (
        <div key={group.objectTypeId}>
          <Group>{group.label}</Group>
          {records
            .filter((record) => record.objectTypeId === group.objectTypeId)
            .map((record) => (
              <Item
                key={record.key}
                type="button"
                $current={record.key === selectedKey}
                aria-current={record.key === selectedKey ? 'page' : undefined}
                data-record-key={record.key}
                onClick={() => onSelect(record.key)}
              >
                {record.name}
              </Item>
            ))}
        </div>
      ))}
    </Panel>
  );
}
