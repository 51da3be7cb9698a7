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
  /** Puts a change in Settings' draft, which Done saves. */
  onChange: (settings: Settings) => void;
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

const templateOf = (draft: Draft): Omit<TextTemplate, 'id'> => ({
  name: draft.name.trim(),
  text: draft.text,
  attachments: linesOf(draft.attachments),
});

const emptyDraft: Draft = { id: null, name: '', text: '', attachments: '' };

/** Whether the template being written differs from what it started as (nothing, or the one edited). */
function edited(draft: Draft, templates: readonly TextTemplate[]): boolean {
  const before = templates.find((template) => template.id === draft.id);
  const start =
    before === undefined ? emptyDraft : { ...before, attachments: before.attachments.join('\n') };
  return (
    draft.name !== start.name ||
    draft.text !== start.text ||
    draft.attachments !== start.attachments
  );
}

function TemplateEditor({
  draft,
  problems,
  onChange,
  onKeep,
  onCancel,
}: {
  draft: Draft;
  /** Why the template was refused, as of the last Keep or Done. */
  problems: readonly Message[];
  onChange: (draft: Draft) => void;
  onKeep: () => void;
  onCancel: () => void;
}) {
  const { t, say, count } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onKeep();
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
          aria-invalid={problems.length > 0 || undefined}
          aria-describedby={problems.length > 0 ? 'template-problems' : undefined}
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
      <div id="template-problems">
        {problems.map((problem) => (
          <ErrorText key={JSON.stringify(problem)} role="alert">
            {say(problem)}
          </ErrorText>
        ))}
      </div>
      <ButtonRow>
        <Button type="submit">
          {draft.id === null ? t('templates.add') : t('templates.keep')}
        </Button>
        <Button onClick={onCancel}>{t('templates.cancel')}</Button>
      </ButtonRow>
    </form>
  );
}

/** The agent's name and follow-up text templates (OpenPhone, issue 8). */
export function TextTemplatesSetup({ settings, onChange }: Props) {
  const { t, say, count, language } = useTranslation();
  const [agentName, setAgentName] = useState(settings.agentName);
  const [nameProblem, setNameProblem] = useState<Message | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [draftProblems, setDraftProblems] = useState<Message[]>([]);
  // Defaults the agent never edited speak the widget's language, here as in the wrap-up.
  const templates = textTemplatesIn(settings.textTemplates, language);

  const applyName = (): boolean => {
    const problem = agentNameProblem(agentName);
    setNameProblem(problem);
    if (problem === null) onChange({ ...settings, agentName: agentName.trim() });
    return problem === null;
  };
  useSettingsSection('agentName', {
    dirty: agentName.trim() !== settings.agentName,
    apply: applyName,
  });

  // The template being written goes into the list with Add (or Keep, for one being edited),
  // and with Done if the agent never pressed it.
  const keepTemplate = (): boolean => {
    if (draft === null) return true;
    const template = templateOf(draft);
    const problems = textTemplateProblems(template);
    setDraftProblems(problems);
    if (problems.length > 0) return false;
    const { id } = draft;
    const textTemplates =
      id === null
        ? [...templates, { ...template, id: newTemplateId(templates) }]
        : templates.map((kept) => (kept.id === id ? { ...template, id } : kept));
    onChange({ ...settings, textTemplates });
    setDraft(null);
    return true;
  };
  useSettingsSection('template', {
    dirty: draft !== null && edited(draft, templates),
    apply: keepTemplate,
  });

  const open = (next: Draft | null) => {
    setDraft(next);
    setDraftProblems([]);
  };
  const edit = (template: TextTemplate) =>
    open({
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
      <Field style={{ marginTop: 8 }}>
        <label htmlFor="agent-name">{t('templates.agentName')}</label>
        <input
          id="agent-name"
          value={agentName}
          autoComplete="name"
          aria-invalid={nameProblem !== null}
          aria-describedby={nameProblem === null ? undefined : 'agent-name-problem'}
          onChange={(event) => setAgentName(event.target.value)}
        />
        {nameProblem !== null && (
          <ErrorText id="agent-name-problem" role="alert">
            {say(nameProblem)}
          </ErrorText>
        )}
      </Field>
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
                    onChange({
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
            problems={draftProblems}
            onChange={setDraft}
            onKeep={keepTemplate}
            onCancel={() => open(null)}
          />
        ) : templates.length >= maxTextTemplates ? (
          <Muted>{t('templates.full', { max: count(maxTextTemplates) })}</Muted>
        ) : (
          <ButtonRow>
            <Button onClick={() => open(emptyDraft)}>{t('templates.new')}</Button>
            {templates.length === 0 && (
              <Button
                onClick={() =>
                  onChange({ ...settings, textTemplates: [...defaultTextTemplates[language]] })
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
