import * as v from 'valibot';
import { builtOnFirstUse } from '../built-on-first-use';
import { attachmentProblem } from '../handoff/file-attachment';
import { maxTextLength, textLength, unknownPlaceholders } from '../handoff/text-template';
import { type Language, languages } from '../i18n/languages';
import { type Message, message } from '../i18n/message';
import { keepValid, storedList } from './stored-field';

/** A follow-up text the agent can send after a call, with files an admin attached. */
const textTemplateFields = builtOnFirstUse(() =>
  v.object({
    /** Stable, so a renamed template stays selected. */
    id: v.pipe(v.string(), v.nonEmpty()),
    name: v.pipe(v.string(), v.trim()),
    /** The message, with `{firstName}` and `{agentName}` placeholders. */
    text: v.string(),
    /** `https:` links to files with an extension (a brochure PDF, an image). */
    attachments: v.array(v.string()),
  }),
);
export type TextTemplate = v.InferOutput<typeof textTemplateFields>;

/** A stored template is read back only if `textTemplateProblems` finds nothing wrong with it. */
export const textTemplateSchema = builtOnFirstUse(() =>
  v.pipe(
    textTemplateFields,
    v.check((template) => textTemplateProblems(template).length === 0),
  ),
);

/**
 * Ready to use on day one, in each language the widget speaks (issue 8); ids are shared
 * across languages so a wrap-up can suggest the one that fits how the call ended.
 * Each greets politely the way a business texts a customer in that language.
 */
export const defaultTextTemplates: Record<Language, readonly TextTemplate[]> = {
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
  fr: [
    {
      id: 'missed-call',
      name: 'Appel sans réponse',
      text: 'Bonjour {firstName}, je viens d’essayer de vous appeler. Quand seriez-vous disponible pour échanger ?\n{agentName}',
      attachments: [],
    },
    {
      id: 'line-busy',
      name: 'Ligne occupée',
      text: 'Bonjour {firstName}, votre ligne était occupée lors de mon appel. Je vous rappellerai plus tard ; vous pouvez aussi répondre à ce message en m’indiquant le moment qui vous convient.\n{agentName}',
      attachments: [],
    },
    {
      id: 'thanks',
      name: 'Merci pour l’appel',
      text: 'Bonjour {firstName}, merci pour le temps que vous m’avez accordé au téléphone aujourd’hui. Pour toute question, il vous suffit de répondre à ce message.\n{agentName}',
      attachments: [],
    },
  ],
  vi: [
    {
      id: 'missed-call',
      name: 'Không trả lời',
      text: 'Xin chào anh/chị {firstName}, em vừa gọi cho anh/chị nhưng chưa liên lạc được. Khi nào anh/chị tiện nghe máy ạ?\n{agentName}',
      attachments: [],
    },
    {
      id: 'line-busy',
      name: 'Máy bận',
      text: 'Xin chào anh/chị {firstName}, em vừa gọi nhưng máy anh/chị đang bận. Em sẽ gọi lại sau, hoặc anh/chị có thể trả lời tin nhắn này để hẹn thời gian phù hợp ạ.\n{agentName}',
      attachments: [],
    },
    {
      id: 'thanks',
      name: 'Cảm ơn cuộc gọi',
      text: 'Xin chào anh/chị {firstName}, cảm ơn anh/chị đã dành thời gian trao đổi qua điện thoại hôm nay. Nếu có thắc mắc gì, anh/chị cứ trả lời tin nhắn này ạ.\n{agentName}',
      attachments: [],
    },
  ],
  ja: [
    {
      id: 'missed-call',
      name: '応答なし',
      text: '{firstName}様\n先ほどお電話いたしましたが、つながりませんでした。ご都合のよいお時間をお知らせいただけますでしょうか。\n{agentName}',
      attachments: [],
    },
    {
      id: 'line-busy',
      name: '話し中',
      text: '{firstName}様\n先ほどお電話いたしましたが、お話し中でした。改めてお電話いたしますが、ご都合のよいお時間があればこちらにご返信ください。\n{agentName}',
      attachments: [],
    },
    {
      id: 'thanks',
      name: 'お電話のお礼',
      text: '{firstName}様\n本日はお電話でお時間をいただき、ありがとうございました。ご不明な点がございましたら、このメッセージにご返信ください。\n{agentName}',
      attachments: [],
    },
  ],
};

const sameTemplate = (a: TextTemplate, b: TextTemplate) =>
  a.id === b.id &&
  a.name === b.name &&
  a.text === b.text &&
  a.attachments.length === b.attachments.length &&
  a.attachments.every((attachment, index) => attachment === b.attachments[index]);

/**
 * The agent's templates as the widget shows them in `language`: a default left exactly as
 * it shipped (in any language) is the default of `language`, so switching the widget's
 * language (or the browser's) switches the texts too. A template the agent wrote or
 * edited is theirs and stays word for word; one they removed stays removed.
 */
export function textTemplatesIn(
  templates: readonly TextTemplate[],
  language: Language,
): TextTemplate[] {
  const wanted = defaultTextTemplates[language];
  return templates.map((template) => {
    const isDefault = languages.some((shipped) =>
      defaultTextTemplates[shipped].some((candidate) => sameTemplate(candidate, template)),
    );
    return (isDefault && wanted.find((candidate) => candidate.id === template.id)) || template;
  });
}

export const maxTextTemplates = 10;
export const maxTemplateNameLength = 40;
export const maxAttachments = 5;
export const maxAgentNameLength = 80;

/**
 * Why a template cannot be kept: one message per problem, none when it is fine.
 * Attachments are checked with the very rule the message link uses.
 */
export function textTemplateProblems(template: Omit<TextTemplate, 'id'>): Message[] {
  const problems: Message[] = [];
  const name = template.name.trim();
  if (name === '') problems.push(message('templates.problem.noName'));
  if (name.length > maxTemplateNameLength) {
    problems.push(message('templates.problem.longName', { max: maxTemplateNameLength }));
  }
  const length = textLength(template.text);
  if (template.text.trim() === '') problems.push(message('templates.problem.noText'));
  if (length > maxTextLength) {
    problems.push(message('templates.problem.longText', { max: maxTextLength, length }));
  }
  for (const unknown of unknownPlaceholders(template.text)) {
    problems.push(message('templates.problem.placeholder', { placeholder: `{${unknown}}` }));
  }
  if (template.attachments.length > maxAttachments) {
    problems.push(message('templates.problem.manyFiles', { max: maxAttachments }));
  }
  for (const attachment of template.attachments) {
    const problem = attachmentProblem(attachment);
    if (problem !== null) problems.push(problem);
  }
  return problems;
}

/** Why the agent's name cannot be used, or null. */
export function agentNameProblem(name: string): Message | null {
  return name.trim().length > maxAgentNameLength
    ? message('templates.problem.longAgentName', { max: maxAgentNameLength })
    : null;
}

const templateList = { max: maxTextTemplates, key: (template: TextTemplate) => template.id };
// The English defaults stand for every language's: `textTemplatesIn` shows them in the agent's.
export const storedTemplateDefaults = (): TextTemplate[] => [...defaultTextTemplates.en];

/**
 * Stored templates, each valid one once. Missing (settings saved before templates existed)
 * means the defaults; an empty list is the agent's choice and stays empty.
 */
export const storedTextTemplates = storedList(
  textTemplateSchema,
  templateList,
  storedTemplateDefaults,
);

export function readTextTemplates(value: unknown): { templates: TextTemplate[]; dropped: boolean } {
  if (value === undefined) return { templates: storedTemplateDefaults(), dropped: false };
  if (!Array.isArray(value)) return { templates: storedTemplateDefaults(), dropped: true };
  const { items, dropped } = keepValid(textTemplateSchema, value, templateList);
  return { templates: items, dropped };
}

/** An id no template in `templates` has yet. */
export function newTemplateId(templates: readonly TextTemplate[]): string {
  let n = templates.length + 1;
  while (templates.some((template) => template.id === `template-${n}`)) n += 1;
  return `template-${n}`;
}
