import { attachmentProblem } from '../handoff/file-attachment';
import { maxTextLength, textLength, unknownPlaceholders } from '../handoff/text-template';

/** A follow-up text the agent can send after a call, with files an admin attached. */
export interface TextTemplate {
  /** Stable, so a renamed template stays selected. */
  id: string;
  name: string;
  /** The message, with `{firstName}` and `{agentName}` placeholders. */
  text: string;
  /** `https:` links to files with an extension (a brochure PDF, an image). */
  attachments: string[];
}

/** The languages the widget's own words come in; a new one adds its default templates here. */
export type UiLanguage = 'en';

export const uiLanguage: UiLanguage = 'en';

/** Ready to use on day one, per UI language; ids are shared so a wrap-up can suggest one. */
export const defaultTextTemplates: Record<UiLanguage, readonly TextTemplate[]> = {
  en: [
    {
      id: 'missed-call',
      name: 'Missed call',
      text: 'Hi {firstName}, I just tried to call you. When would be a good time to talk?\n{agentName}',
      attachments: [],
    },
    {
      id: 'line-busy',
      name: 'Line busy',
      text: 'Hi {firstName}, your line was busy when I called. I will try again later, or reply here with a time that suits you.\n{agentName}',
      attachments: [],
    },
    {
      id: 'thanks',
      name: 'Thanks for the call',
      text: 'Hi {firstName}, thank you for your time on the phone today. If you have any questions, just reply to this message.\n{agentName}',
      attachments: [],
    },
  ],
};

export const maxTextTemplates = 10;
export const maxTemplateNameLength = 40;
export const maxAttachments = 5;
export const maxAgentNameLength = 80;

const count = (n: number) => n.toLocaleString('en');

/**
 * Why a template cannot be kept, in plain words: one line per problem, none when it is
 * fine. Attachments are checked with the very rule the message link uses.
 */
export function textTemplateProblems(template: Omit<TextTemplate, 'id'>): string[] {
  const problems: string[] = [];
  const name = template.name.trim();
  if (name === '') problems.push('Give the template a name, such as "Missed call".');
  if (name.length > maxTemplateNameLength) {
    problems.push(`Keep the template's name under ${maxTemplateNameLength} characters.`);
  }
  const length = textLength(template.text);
  if (template.text.trim() === '') problems.push('Write the message this template sends.');
  if (length > maxTextLength) {
    problems.push(
      `A template can be at most ${count(maxTextLength)} characters (OpenPhone's limit for one text); this one has ${count(length)}.`,
    );
  }
  for (const unknown of unknownPlaceholders(template.text)) {
    problems.push(
      `{${unknown}} is not a placeholder: use {firstName} for the contact's first name or {agentName} for your name.`,
    );
  }
  if (template.attachments.length > maxAttachments) {
    problems.push(`Attach at most ${maxAttachments} files to one template.`);
  }
  for (const attachment of template.attachments) {
    const problem = attachmentProblem(attachment);
    if (problem !== null) problems.push(problem);
  }
  return problems;
}

/** Why the agent's name cannot be used, or null. */
export function agentNameProblem(name: string): string | null {
  return name.trim().length > maxAgentNameLength
    ? `Keep your name under ${maxAgentNameLength} characters.`
    : null;
}

/**
 * Reads stored templates, keeping each valid one. Missing (settings saved before templates
 * existed) means the defaults; an empty list is the agent's choice and stays empty.
 */
export function readTextTemplates(value: unknown): { templates: TextTemplate[]; dropped: boolean } {
  if (value === undefined)
    return { templates: [...defaultTextTemplates[uiLanguage]], dropped: false };
  if (!Array.isArray(value)) {
    return { templates: [...defaultTextTemplates[uiLanguage]], dropped: true };
  }
  const templates: TextTemplate[] = [];
  for (const item of value) {
    const template = readTemplate(item);
    if (template === null || templates.some((kept) => kept.id === template.id)) continue;
    templates.push(template);
  }
  const kept = templates.slice(0, maxTextTemplates);
  return { templates: kept, dropped: kept.length !== value.length };
}

function readTemplate(value: unknown): TextTemplate | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name, text, attachments } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id === '' || typeof name !== 'string' || typeof text !== 'string') {
    return null;
  }
  if (!Array.isArray(attachments) || !attachments.every((a) => typeof a === 'string')) return null;
  const template: TextTemplate = { id, name: name.trim(), text, attachments };
  return textTemplateProblems(template).length === 0 ? template : null;
}

/** An id no template in `templates` has yet. */
export function newTemplateId(templates: readonly TextTemplate[]): string {
  let n = templates.length + 1;
  while (templates.some((template) => template.id === `template-${n}`)) n += 1;
  return `template-${n}`;
}
