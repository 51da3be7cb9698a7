import styled from 'styled-components';
import { colors } from '../theme';

export const Screen = styled.section`
  display: flex;
  flex-direction: column;
  gap: 14px;
  padding: 16px;
`;

export const Heading = styled.h1`
  margin: 0;
  font-size: 16px;
  font-weight: 600;
  &:focus {
    outline: none;
  }
`;

/**
 * A screen's primary actions: they stay at the bottom of HubSpot's frame however long the
 * screen above them, so the agent never scrolls to tell how the call went.
 */
export const ActionBar = styled.div`
  position: sticky;
  bottom: 0;
  z-index: 1;
  display: flex;
  flex-direction: column;
  gap: 8px;
  margin: 0 -16px -16px;
  padding: 10px 16px 16px;
  background: #fff;
  border-top: 1px solid ${colors.border};
`;

/** Long content (a caller card, the group panel, notices) scrolls inside its own area. */
export const ownScroll = (maxHeight: number) => `
  max-height: ${maxHeight}px;
  overflow-y: auto;
  overscroll-behavior: contain;
`;

export const Muted = styled.p`
  margin: 0;
  color: ${colors.muted};
  font-size: 13px;
`;

export const Big = styled.p`
  margin: 0;
  font-size: 22px;
  font-weight: 600;
  letter-spacing: 0.5px;
`;

export const Field = styled.div`
  display: flex;
  flex-direction: column;
  gap: 4px;
  label,
  legend {
    font-size: 13px;
    font-weight: 600;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: ${colors.text};
    padding: 8px;
    border: 1px solid ${colors.border};
    border-radius: 3px;
    background: ${colors.surface};
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 2px solid ${colors.focus};
    outline-offset: 1px;
  }
`;

export const ErrorText = styled.p`
  margin: 0;
  color: ${colors.danger};
  font-size: 13px;
`;
