import styled, { css } from 'styled-components';
import { colors } from '../theme';

type Tone = 'primary' | 'secondary' | 'danger';

const tones = {
  primary: css`
    background: ${colors.accent};
    border-color: ${colors.accent};
    color: #fff;
    &:hover:not(:disabled) {
      background: ${colors.accentDark};
    }
  `,
  secondary: css`
    background: #fff;
    border-color: ${colors.border};
    color: ${colors.text};
    &:hover:not(:disabled) {
      background: ${colors.surface};
    }
  `,
  danger: css`
    background: #fff;
    border-color: ${colors.danger};
    color: ${colors.danger};
    &:hover:not(:disabled) {
      background: ${colors.dangerSurface};
    }
  `,
};

const control = css<{ $tone?: Tone; $wide?: boolean }>`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 6px;
  min-height: 36px;
  padding: 6px 14px;
  border: 1px solid;
  border-radius: 3px;
  font: inherit;
  font-weight: 600;
  text-decoration: none;
  cursor: pointer;
  width: ${({ $wide }) => ($wide ? '100%' : 'auto')};
  ${({ $tone = 'secondary' }) => tones[$tone]}
  &:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  &:focus-visible {
    outline: 3px solid ${colors.focus};
    outline-offset: 2px;
  }
`;

// A button never submits a form by accident; submit buttons say so.
export const Button = styled.button.attrs<{ $tone?: Tone; $wide?: boolean }>((props) => ({
  type: props.type ?? 'button',
}))`
  ${control}
`;

export const LinkButton = styled.a<{ $tone?: Tone; $wide?: boolean }>`
  ${control}
`;

export const ButtonRow = styled.div`
  display: grid;
  grid-template-columns: 1fr 1fr;
  gap: 8px;
`;
