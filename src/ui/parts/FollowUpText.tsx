import { useState } from 'react';
import styled from 'styled-components';
import type { EndStatus } from '../../call/outcome';
import type { LiveCall } from '../../call/state';
import {
  firstNameOf,
  maxTextLength,
  renderTextTemplate,
  textLength,
} from '../../handoff/text-template';
import type { TextTemplate } from '../../settings/text-templates';
import type { HandoffKit } from '../../widget/handoff-kit';
import { colors } from '../theme';
import { Button, ButtonRow } from './Button';
import { DeepLinkPanel } from './DeepLinkPanel';
import { ErrorText, Field, Heading, Muted } from './layout';

const Panel = styled.section`
  display: flex;
  flex-direction: column;
  gap: 10px;
  padding: 12px;
  border: 1px solid ${colors.border};
  border-radius: 4px;
`;

interface Props {
  kit: HandoffKit;
  call: LiveCall;
  endStatus: EndStatus;
  templates: readonly TextTemplate[];
  agentName: string;
  /** The call is being saved: its notes can no longer change. */
  saving: boolean;
  onTextSent: (text: string, attachments: readonly string[]) => void;
}

// The default template that fits how the call ended, when the agent still has it.
const suggestedFor: Partial<Record<EndStatus, string>> = {
  NO_ANSWER: 'missed-call',
  BUSY: 'line-busy',
  COMPLETED: 'thanks',
};

const blank = '';

function suggestedTemplate(templates: readonly TextTemplate[], endStatus: EndStatus): string {
  const suggested = templates.find((template) => template.id === suggestedFor[endStatus]);
  return suggested?.id ?? templates[0]?.id ?? blank;
}

const fileName = (url: string) => {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? url);
  } catch {
    return url;
  }
};

/**
 * "Send a text" after a call (issue 8): a template filled with the contact's first name,
 * opened in OpenPhone's composer, and recorded in the call's notes once the agent says
 * it was sent.
 */
export function FollowUpText({
  kit,
  call,
  endStatus,
  templates,
  agentName,
  saving,
  onTextSent,
}: Props) {
  const [open, setOpen] = useState(false);
  const [templateId, setTemplateId] = useState(() => suggestedTemplate(templates, endStatus));
  // Null until the agent edits the message: until then a late caller lookup still fills it.
  const [edited, setEdited] = useState<string | null>(null);
  const [recorded, setRecorded] = useState(false);

  const template = templates.find((candidate) => candidate.id === templateId) ?? null;
  const rendered =
    template === null
      ? ''
      : renderTextTemplate(template.text, { firstName: firstNameOf(call.calleeName), agentName });
  const text = edited ?? rendered;
  const attachments = template?.attachments ?? [];
  const link = kit.followUpTextLinkFor({
    toE164: call.to.e164,
    from: call.from,
    text,
    attachments,
  });

  if (!open) {
    return (
      <>
        <Button $wide disabled={saving} onClick={() => setOpen(true)}>
          Send a text
        </Button>
        {recorded && <Muted role="status">The text is recorded in the notes.</Muted>}
      </>
    );
  }

  const sent = () => {
    onTextSent(text, attachments);
    setRecorded(true);
    setEdited(null);
    setOpen(false);
  };

  return (
    <Panel aria-labelledby="follow-up-heading">
      <Heading as="h2" id="follow-up-heading">
        Send a text to {call.to.display}
      </Heading>
      <Field>
        <label htmlFor="follow-up-template">Template</label>
        <select
          id="follow-up-template"
          value={templateId}
          onChange={(event) => {
            setTemplateId(event.target.value);
            setEdited(null);
          }}
        >
          {templates.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
          <option value={blank}>Blank message</option>
        </select>
      </Field>
      <Field>
        <label htmlFor="follow-up-text">Message</label>
        <textarea
          id="follow-up-text"
          rows={5}
          value={text}
          aria-describedby="follow-up-count"
          onChange={(event) => setEdited(event.target.value)}
        />
        <Muted id="follow-up-count">
          {textLength(text).toLocaleString('en')} / {maxTextLength.toLocaleString('en')} characters
        </Muted>
      </Field>
      {attachments.length > 0 && (
        <Muted>
          Attached:{' '}
          {attachments.map((url, index) => (
            <span key={url} title={url}>
              {index > 0 && ', '}
              {fileName(url)}
            </span>
          ))}
        </Muted>
      )}
      {link.kind === 'refused' ? (
        <ErrorText role="alert">{link.message}</ErrorText>
      ) : (
        <DeepLinkPanel kit={kit} href={link.href} appName={link.appName} action={link.action} />
      )}
      <Muted>Send it in OpenPhone, then confirm here so the call's notes record it.</Muted>
      <ButtonRow>
        <Button $tone="primary" disabled={link.kind === 'refused' || saving} onClick={sent}>
          Text sent
        </Button>
        <Button onClick={() => setOpen(false)}>Close</Button>
      </ButtonRow>
    </Panel>
  );
}
