import { type Ref, useRef, useState } from 'react';
import styled from 'styled-components';
import type { DeepLinkAction } from '../../handoff/call-link';
import { useHandoffKit } from '../handoff-kit-context';
import { colors } from '../theme';
import { useTranslation } from '../use-translation';
import { Button, LinkButton } from './Button';
import { Muted } from './layout';

const Panel = styled.div`
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: 10px;
`;

const QrFrame = styled.div`
  padding: 8px;
  border: 1px solid ${colors.border};
  border-radius: 4px;
  background: #fff;
  line-height: 0;
`;

const LinkRow = styled.div`
  display: flex;
  gap: 6px;
  width: 100%;
  input {
    flex: 1;
    min-width: 0;
    font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace;
    color: ${colors.text};
    padding: 6px;
    border: 1px solid ${colors.border};
    border-radius: 3px;
    background: ${colors.surface};
  }
`;

// The most a QR code holds (version 40, low error correction, bytes); deep links are ASCII
// once encoded. A long follow-up text in Vietnamese or emoji can pass it.
const qrCapacity = 2953;

export const prefersTap = (): boolean =>
  typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;

interface Props {
  href: string;
  appName: string;
  /** What the link does, for the QR's accessible name and the button. */
  action: DeepLinkAction;
  /** False folds the QR code away while another one is on screen. */
  qr?: boolean;
  /** The link that opens the call here, for the screen to move focus to. */
  openRef?: Ref<HTMLAnchorElement>;
}

/**
 * A deep link the agent opens on their phone. Custom-scheme links only open from a
 * user gesture (browsers block script navigation to them from iframes), so this is
 * always a real link the agent clicks or scans, never `location.assign`.
 */
export function DeepLinkPanel({ href, appName, action, qr = true, openRef }: Props) {
  const { t } = useTranslation();
  const actionName = t(`deepLink.action.${action}`);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const input = useRef<HTMLInputElement>(null);
  const { QrCode } = useHandoffKit();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(href);
      setCopyState('copied');
    } catch {
      // Iframes often lack clipboard permission: select the text so Ctrl+C works.
      input.current?.select();
      setCopyState('manual');
    }
  };

  if (prefersTap()) {
    return (
      <Panel>
        <LinkButton ref={openRef} href={href} $tone="primary" $wide>
          {actionName}
        </LinkButton>
        <Muted>{t('deepLink.opensOnPhone', { app: appName })}</Muted>
      </Panel>
    );
  }

  return (
    <Panel>
      {!qr ? null : href.length <= qrCapacity ? (
        <>
          <QrFrame>
            <QrCode value={href} label={t('deepLink.qrLabel', { action: actionName })} size={176} />
          </QrFrame>
          <Muted>{t('deepLink.scan', { app: appName })}</Muted>
        </>
      ) : (
        <Muted role="status">{t('deepLink.tooLong')}</Muted>
      )}
      <LinkRow>
        <input
          ref={input}
          readOnly
          value={href}
          aria-label={t('deepLink.label')}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button onClick={copy}>
          {copyState === 'copied' ? t('deepLink.copied') : t('deepLink.copy')}
        </Button>
      </LinkRow>
      {copyState === 'manual' && <Muted>{t('deepLink.manualCopy')}</Muted>}
      <LinkButton ref={openRef} href={href}>
        {t('deepLink.openHere')}
      </LinkButton>
    </Panel>
  );
}
