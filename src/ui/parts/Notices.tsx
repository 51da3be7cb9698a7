import styled from 'styled-components';
import type { Notice } from '../../widget/widget-state';
import { colors } from '../theme';
import { useTranslation } from '../use-translation';
import { Button } from './Button';
import { ownScroll } from './layout';

const Item = styled.div<{ $tone: Notice['tone'] }>`
  display: flex;
  flex-direction: column;
  gap: 6px;
  margin: 8px 16px 0;
  padding: 8px 10px;
  border-radius: 3px;
  font-size: 13px;
  background: ${({ $tone }) => ($tone === 'error' ? colors.dangerSurface : colors.infoSurface)};
  p {
    margin: 0;
  }
  textarea {
    font: inherit;
    width: 100%;
    box-sizing: border-box;
  }
`;

const List = styled.div`
  ${ownScroll(200)}
`;

const Actions = styled.div`
  display: flex;
  gap: 6px;
`;

export function Notices({
  notices,
  onDismiss,
}: {
  notices: Notice[];
  onDismiss: (id: number) => void;
}) {
  const { t, say } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <List>
      {notices.map((notice) => (
        <Item
          key={notice.id}
          $tone={notice.tone}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          <p>{say(notice.message)}</p>
          {notice.copyText !== undefined && (
            <textarea
              readOnly
              value={notice.copyText}
              rows={3}
              aria-label={t('notices.yourNotes')}
            />
          )}
          <Actions>
            {notice.copyText !== undefined && (
              <Button onClick={() => void navigator.clipboard?.writeText(notice.copyText ?? '')}>
                {t('notices.copyNotes')}
              </Button>
            )}
            <Button onClick={() => onDismiss(notice.id)}>{t('notices.dismiss')}</Button>
          </Actions>
        </Item>
      ))}
    </List>
  );
}
