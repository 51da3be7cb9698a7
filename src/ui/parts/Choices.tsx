import styled from 'styled-components';
import { colors } from '../theme';

/** A group of radio choices drawn as tiles, with its legend above. */
export const Choices = styled.fieldset`
  border: 0;
  margin: 0;
  padding: 0;
  display: grid;
  grid-template-columns: 1fr 1fr;
  gap: 6px;
  legend {
    grid-column: 1 / -1;
    padding: 0 0 4px;
  }
  label {
    display: flex;
    align-items: center;
    gap: 6px;
    padding: 6px 8px;
    border: 1px solid ${colors.border};
    border-radius: 3px;
    font-weight: 400;
    cursor: pointer;
  }
  label:has(input:checked) {
    border-color: ${colors.teal};
    background: ${colors.infoSurface};
  }
  input:focus-visible {
    outline: 2px solid ${colors.focus};
  }
`;
