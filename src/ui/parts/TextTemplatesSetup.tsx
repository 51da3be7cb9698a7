import { type FormEvent, useState } from 'react';
import { maxTextLength, textLength } from '../../handoff/text-template';
import type { Message } from '../../i18n/message';
import type { Settings } from '../../settings/settings';
import {
  agentNameProblem,
  defaultTextTemplates,
  maxTextTemplates,
  newTemplateId,
  type TextTemplate,
  textTemplateProblems,
  textTemplatesIn,
} from '../../settings/text-templates';
import { useSettingsSection } from '../unsaved-settings';
import { useTranslation } from '../use-translation';
import { Button, ButtonRow } from './Button';
import { ErrorText, Field, Heading, Muted } from './layout';
import { SettingsList } from './SettingsList';

interface Props {
  settings: Settings;
  onSave: (settings: Settings) => void;
}

interface Draft {
  /** Null for a new template. */
  id: string | null;
  name: string;
  text: string;
  /** One link per line, as typed. */
  attachments: string;
}

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

function TemplateEditor({
  draft,
  onChange,
  onSave,
  onCancel,
}: {
  draft: Draft;
  onChange: (draft: Draft) => void;
  onSave: (template: Omit<TextTemplate, 'id'>) => Message[];
  onCancel: () => void;
}) {
  const { t, say, count } = useTranslation();
  const [problems, setProblems] = useState<Message[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblems(
      onSave({
        name: draft.name.trim(),
        text: draft.text,
        attachments: linesOf(draft.attachments),
      }),
    );
  };
  const length = textLength(draft.text);
  return (
    <form
      onSubmit={submit}
      aria-label={
        draft.id === null ? t('templates.new') : t('templates.editName', { name: draft.name })
      }
      style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      <Field>
        <label htmlFor="template-name">{t('templates.name')}</label>
        <input
          id="template-name"
          value={draft.name}
          onChange={(event) => onChange({ ...draft, name: event.target.value })}
        />
      </Field>
      <Field>
        <label htmlFor="template-text">{t('templates.text')}</label>
        <textarea
          id="template-text"
          rows={5}
          value={draft.text}
          aria-describedby="template-text-help"
          onChange={(event) => onChange({ ...draft, text: event.target.value })}
        />
        <Muted id="template-text-help">
          {t('templates.textHelp', { length: count(length), max: count(maxTextLength) })}
        </Muted>
      </Field>
      <Field>
        <label htmlFor="template-attachments">{t('templates.attachments')}</label>
        <textarea
          id="template-attachments"
          rows={2}
          value={draft.attachments}
          placeholder="https://example.com/brochure.pdf"
          onChange={(event) => onChange({ ...draft, attachments: event.target.value })}
        />
      </Field>
      {problems.map((problem) => (
        <ErrorText key={JSON.stringify(problem)} role="alert">
          {say(problem)}
        </ErrorText>
      ))}
      <ButtonRow>
        <Button type="submit" $tone="primary">
          {t('templates.save')}
        </Button>
        <Button onClick={onCancel}>{t('templates.cancel')}</Button>
      </ButtonRow>
    </form>
  );
}

/** The agent's name and follow-up text templates (OpenPhone, issue 8). */
export function TextTemplatesSetup({ settings, onSave }: Props) {
  const { t, say, count, language } = useTranslation();
  const [agentName, setAgentName] = useState(settings.agentName);
  const [nameProblem, setNameProblem] = useState<Message | null>(null);
  const [nameSaved, setNameSaved] = useState(false);
  const [draft, setDraft] = useState<Draft | null>(null);
  // Defaults the agent never edited speak the widget's language, here as in the wrap-up.
  const templates = textTemplatesIn(settings.textTemplates, language);

  const saveName = (): boolean => {
    const problem = agentNameProblem(agentName);
    setNameProblem(problem);
    setNameSaved(problem === null);
    if (problem === null) onSave({ ...settings, agentName: agentName.trim() });
    return problem === null;
  };
  useSettingsSection('agentName', {
    dirty: agentName.trim() !== settings.agentName,
    save: saveName,
  });

  const saveTemplate = (template: Omit<TextTemplate, 'id'>): Message[] => {
    const problems = textTemplateProblems(template);
    if (draft === null || problems.length > 0) return problems;
    const { id } = draft;
    const textTemplates =
      id === null
        ? [...templates, { ...template, id: newTemplateId(templates) }]
        : templates.map((kept) => (kept.id === id ? { ...template, id } : kept));
    onSave({ ...settings, textTemplates });
    setDraft(null);
    return [];
  };

  const edit = (template: TextTemplate) =>
    setDraft({
      id: template.id,
      name: template.name,
      text: template.text,
      attachments: template.attachments.join('\n'),
    });

  return (
    <section aria-labelledby="templates-heading">
      <Heading as="h2" id="templates-heading">
        {t('templates.heading')}
      </Heading>
      <Muted>{t('templates.intro')}</Muted>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          saveName();
        }}
        style={{ marginTop: 8 }}
      >
        <Field>
          <label htmlFor="agent-name">{t('templates.agentName')}</label>
          <ButtonRow>
            <input
              id="agent-name"
              value={agentName}
              autoComplete="name"
              aria-invalid={nameProblem !== null}
              onChange={(event) => {
                setAgentName(event.target.value);
                setNameSaved(false);
              }}
            />
            <Button type="submit">{t('templates.saveName')}</Button>
          </ButtonRow>
          {nameProblem !== null && <ErrorText role="alert">{say(nameProblem)}</ErrorText>}
          {nameSaved && <Muted role="status">{t('templates.nameSaved')}</Muted>}
        </Field>
      </form>
      {templates.length > 0 && (
        <SettingsList aria-label={t('templates.list')} style={{ marginTop: 8 }}>
          {templates.map((template) => (
            <li key={template.id}>
              <span>
                {template.attachments.length > 0
                  ? t('templates.withFiles', {
                      name: template.name,
                      count: template.attachments.length,
                      formatted: count(template.attachments.length),
                    })
                  : template.name}
              </span>
              <span style={{ display: 'flex', gap: 4 }}>
                <Button
                  aria-label={t('templates.editName', { name: template.name })}
                  onClick={() => edit(template)}
                >
                  {t('templates.edit')}
                </Button>
                <Button
                  aria-label={t('templates.removeName', { name: template.name })}
                  onClick={() =>
                    onSave({
                      ...settings,
                      textTemplates: templates.filter((kept) => kept.id !== template.id),
                    })
                  }
                >
                  {t('templates.remove')}
                </Button>
              </span>
            </li>
          ))}
        </SettingsList>
      )}
      <div style={{ marginTop: 8 }}>
        {draft !== null ? (
          <TemplateEditor
            key={draft.id ?? 'new'}
            draft={draft}
            onChange={setDraft}
            onSave={saveTemplate}
            onCancel={() => setDraft(null)}
          />
        ) : templates.length >= maxTextTemplates ? (
          <Muted>{t('templates.full', { max: count(maxTextTemplates) })}</Muted>
        ) : (
          <ButtonRow>
            <Button onClick={() => setDraft({ id: null, name: '', text: '', attachments: '' })}>
              {t('templates.new')}
            </Button>
            {templates.length === 0 && (
              <Button
                onClick={() =>
                  onSave({ ...settings, textTemplates: [...defaultTextTemplates[language]] })
                }
              >
                {t('templates.restore')}
              </Button>
            )}
          </ButtonRow>
        )}
      </div>
    </section>
  );
}
