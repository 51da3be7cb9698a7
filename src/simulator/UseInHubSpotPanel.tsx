import { useRef, useState } from 'react';
import styled from 'styled-components';
import { HostButton } from './HostControls';
import {
  localProviderName,
  localSettingsSnippet,
  localSettingsUndo,
} from './local-settings-snippet';
import { colors, fitsColumn } from './theme';

const Panel = styled.section`
  ${fitsColumn}
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: 8px;
  overflow-wrap: anywhere;
  padding: 12px 16px;
  background: ${colors.panel};
  border: 1px solid ${colors.border};
  border-radius: 4px;
  font-size: 13px;
  line-height: 1.5;
  h2 {
    margin: 0;
    font-size: 14px;
    font-weight: 600;
  }
  p {
    margin: 0;
  }
  code {
    font: 12px/1.5 ui-monospace, SFMono-Regular, Menlo, monospace;
    overflow-wrap: anywhere;
  }
`;

const Snippet = styled.textarea`
  box-sizing: border-box;
  width: 100%;
  resize: none;
  padding: 6px 8px;
  border: 1px solid ${colors.border};
  border-radius: 3px;
  background: ${colors.page};
  color: ${colors.text};
  font: 12px/1.5 ui-monospace, SFMono-Regular, Menlo, monospace;
`;

const Row = styled.div`
  display: flex;
  align-items: center;
  gap: 10px;
  color: ${colors.muted};
`;

function isLocalhost(url: string): boolean {
  try {
    const { hostname } = new URL(url);
    return hostname === 'localhost' || hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/**
 * How to make a real HubSpot portal load the widget this simulator embeds: the
 * LocalSettings snippet for the HubSpot tab's console, and how to undo it.
 */
export function UseInHubSpotPanel({ widgetUrl }: { widgetUrl: string }) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const snippetRef = useRef<HTMLTextAreaElement>(null);
  const snippet = localSettingsSnippet(widgetUrl);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopyState('copied');
    } catch {
      // No clipboard permission (or no clipboard API): select it for Ctrl+C instead.
      snippetRef.current?.select();
      setCopyState('manual');
    }
  };

  return (
    <Panel aria-labelledby="use-in-hubspot-heading" data-testid="use-in-hubspot">
      <h2 id="use-in-hubspot-heading">Use in HubSpot</h2>
      <p>
        In a HubSpot tab, open the browser console and run this line, then reload HubSpot and pick{' '}
        <strong>{localProviderName}</strong> when you call:
      </p>
      <Snippet
        ref={snippetRef}
        readOnly
        rows={4}
        value={snippet}
        aria-label="Snippet for the HubSpot console"
        onFocus={(event) => event.currentTarget.select()}
      />
      <Row>
        <HostButton type="button" onClick={copy}>
          {copyState === 'copied' ? 'Copied' : 'Copy snippet'}
        </HostButton>
        {copyState === 'manual' && <span role="status">Press Ctrl+C (⌘C on a Mac) to copy.</span>}
      </Row>
      {isLocalhost(widgetUrl) && (
        <p>Open {widgetUrl} once in that browser and accept its certificate first.</p>
      )}
      <p>
        To undo it, run <code>{localSettingsUndo}</code>
      </p>
      <p>then reload HubSpot: it loads the app’s registered widget again.</p>
    </Panel>
  );
}
