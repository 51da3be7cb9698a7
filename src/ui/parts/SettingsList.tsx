import styled from 'styled-components';
import { colors } from '../theme';

/** A short list of things the agent saved (templates, teammates), each with its buttons. */
export const SettingsList = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  display: flex;
  flex-direction: column;
  gap: 6px;
  li {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 6px;
    padding: 4px 4px 4px 8px;
    border: 1px solid ${colors.border};
    border-radius: 3px;
    overflow-wrap: anywhere;
  }
`;
