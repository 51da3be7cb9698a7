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
import type { Language } from '../../i18n/languages';
import { type TextTemplate, textTemplatesIn } from '../../settings/text-templates';
import { followUpNote } from '../follow-up-note';
import { useHandoffKit } from '../handoff-kit-context';
import { colors } from '../theme';
import { useTranslation } from '../use-translation';
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
  call: LiveCall;
  endStatus: EndStatus;
  templates: readonly TextTemplate[];
  agentName: string;
  /** The call is being saved: its notes can no longer change. */
  saving: boolean;
  /** The line the call's notes get, in the agent's language. */
  onTextSent: (note: string) => void;
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

// Where the file names go in the translated sentence; never typed by anyone.
const filesSlot = '\u0000';

/**
 * The files in the language's own list style ("a, b", "a、b"), each named by its file and
 * titled with its full link, inside the translated sentence.
 */
function FileList({
  message,
  urls,
  language,
}: {
  message: string;
  urls: readonly string[];
  language: Language;
}) {
  const [before = '', after = ''] = message.split(filesSlot);
  const parts = new Intl.ListFormat(language, { style: 'narrow' }).formatToParts(
    urls.map(fileName),
  );
  let next = 0;
  return (
    <>
      {before}
      {parts.map((part, index) => {
        if (part.type === 'literal') return part.value;
        const url = urls[next++] ?? '';
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a template may attach one file twice
          <span key={index} title={url}>
            {part.value}
          </span>
        );
      })}
      {after}
    </>
  );
}

/**
 * "Send a text" after a call (issue 8): a template filled with the contact's first name,
 * opened in OpenPhone's composer, and recorded in the call's notes once the agent says
 * it was sent.
 */
export function FollowUpText({
  call,
  endStatus,
  agentName,
  saving,
  onTextSent,
  templates: saved,
}: Props) {
  const { t, say, count, language } = useTranslation();
  const kit = useHandoffKit();
  // Defaults the agent never edited speak the widget's language.
  const templates = textTemplatesIn(saved, language);
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
          {t('followUp.open')}
        </Button>
        {recorded && <Muted role="status">{t('followUp.recorded')}</Muted>}
      </>
    );
  }

  const sent = () => {
    onTextSent(followUpNote(t, text, attachments));
    setRecorded(true);
    setEdited(null);
    setOpen(false);
  };

  return (
    <Panel aria-labelledby="follow-up-heading">
      <Heading as="h2" id="follow-up-heading">
        {t('followUp.heading', { number: call.to.display })}
      </Heading>
      <Field>
        <label htmlFor="follow-up-template">{t('followUp.template')}</label>
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
          <option value={blank}>{t('followUp.blank')}</option>
        </select>
      </Field>
      <Field>
        <label htmlFor="follow-up-text">{t('followUp.message')}</label>
        <textarea
          id="follow-up-text"
          rows={5}
          value={text}
          aria-describedby="follow-up-count"
          onChange={(event) => setEdited(event.target.value)}
        />
        <Muted id="follow-up-count">
          {t('followUp.length', { length: count(textLength(text)), max: count(maxTextLength) })}
        </Muted>
      </Field>
      {attachments.length > 0 && (
        <Muted>
          <FileList
            message={t('followUp.attached', { files: filesSlot })}
            urls={attachments}
            language={language}
          />
        </Muted>
      )}
      {link.kind === 'refused' ? (
        <ErrorText role="alert">{say(link.problem)}</ErrorText>
      ) : (
        <DeepLinkPanel href={link.href} appName={link.appName} action={link.action} />
      )}
      <Muted>{t('followUp.confirmHint')}</Muted>
      <ButtonRow>
        <Button $tone="primary" disabled={link.kind === 'refused' || saving} onClick={sent}>
          {t('followUp.sent')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('followUp.close')}</Button>
      </ButtonRow>
    </Panel>
  );
}
