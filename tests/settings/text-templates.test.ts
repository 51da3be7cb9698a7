import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { parseSettings } from '../../src/settings/settings';
import {
  agentNameProblem,
  defaultTextTemplates,
  maxTextTemplates,
  newTemplateId,
  readTextTemplates,
  type TextTemplate,
  textTemplateProblems,
  textTemplatesIn,
} from '../../src/settings/text-templates';
import { english } from '../support/in-english';

const template = (overrides: Partial<TextTemplate> = {}): TextTemplate => ({
  id: 'brochure',
  name: 'Brochure',
  text: 'Hi {firstName}, here is our brochure.\n{agentName}',
  attachments: ['https://example.com/brochure.pdf'],
  ...overrides,
});

/** The problems of a template, worded as the agent reads them in English. */
const problemsOf = (candidate: Parameters<typeof textTemplateProblems>[0]) =>
  textTemplateProblems(candidate).map(english);

describe('textTemplateProblems', () => {
  it('accepts a template with placeholders and a PDF', () => {
    expect(problemsOf(template())).toEqual([]);
  });

  it('accepts every default template', () => {
    for (const defaults of defaultTextTemplates.en) {
      expect(problemsOf(defaults)).toEqual([]);
    }
  });

  it.each(languages)('accepts every %s default template', (language) => {
    for (const defaults of defaultTextTemplates[language]) {
      expect(problemsOf(defaults)).toEqual([]);
    }
  });

  it('accepts exactly 1,600 characters and refuses 1,601, saying how many there are', () => {
    expect(problemsOf(template({ text: 'a'.repeat(1_600) }))).toEqual([]);
    expect(problemsOf(template({ text: 'a'.repeat(1_601) }))).toEqual([
      "A template can be at most 1,600 characters (OpenPhone's limit for one text); this one has 1,601.",
    ]);
  });

  it('refuses a non-https attachment with a clear message', () => {
    expect(problemsOf(template({ attachments: ['http://example.com/brochure.pdf'] }))).toEqual([
      'The attachment “http://example.com/brochure.pdf” must be an https:// link.',
    ]);
  });

  it('refuses an attachment without a file extension', () => {
    expect(problemsOf(template({ attachments: ['https://example.com/brochure'] }))).toEqual([
      'The attachment “https://example.com/brochure” must point at a file with an extension, such as .pdf or .jpg.',
    ]);
  });

  it('refuses more than 5 attachments', () => {
    const attachments = Array.from({ length: 6 }, (_, i) => `https://example.com/${i}.jpg`);
    expect(problemsOf(template({ attachments }))).toEqual([
      'Attach at most 5 files to one template.',
    ]);
  });

  it('refuses a placeholder it does not know, naming the ones it does', () => {
    expect(problemsOf(template({ text: 'Hi {firstname}' }))).toEqual([
      "{firstname} is not a placeholder: use {firstName} for the contact's first name or {agentName} for your name.",
    ]);
  });

  it('needs a name and a message', () => {
    expect(problemsOf(template({ name: ' ', text: '' }))).toEqual([
      'Give the template a name, such as "Missed call".',
      'Write the message this template sends.',
    ]);
  });
});

describe('readTextTemplates', () => {
  it('gives the default templates to settings saved before templates existed', () => {
    expect(readTextTemplates(undefined)).toEqual({
      templates: defaultTextTemplates.en,
      dropped: false,
    });
  });

  it('keeps an empty list: the agent removed every template', () => {
    expect(readTextTemplates([])).toEqual({ templates: [], dropped: false });
  });

  it('keeps each valid template and drops the others, saying so', () => {
    const kept = template();
    expect(
      readTextTemplates([
        kept,
        template({ id: 'long', text: 'a'.repeat(1_601) }),
        template({ id: 'http', attachments: ['http://example.com/a.pdf'] }),
        { id: 'no-text', name: 'x' },
        null,
        template(),
      ]),
    ).toEqual({ templates: [kept], dropped: true });
  });

  it(`keeps at most ${maxTextTemplates}`, () => {
    const many = Array.from({ length: 12 }, (_, i) => template({ id: `t${i}` }));
    expect(readTextTemplates(many).templates).toHaveLength(maxTextTemplates);
  });
});

describe('textTemplatesIn', () => {
  it("shows the defaults the agent never edited in the widget's language", () => {
    expect(textTemplatesIn(defaultTextTemplates.en, 'fr')).toEqual(defaultTextTemplates.fr);
    expect(textTemplatesIn(defaultTextTemplates.fr, 'ja')).toEqual(defaultTextTemplates.ja);
    expect(textTemplatesIn(defaultTextTemplates.vi, 'en')).toEqual(defaultTextTemplates.en);
  });

  it("keeps the agent's own and edited templates word for word, and removed ones removed", () => {
    const [missed, , thanks] = defaultTextTemplates.en;
    const edited = { ...(thanks as TextTemplate), text: 'Thanks, {firstName}!' };
    expect(textTemplatesIn([template(), missed as TextTemplate, edited], 'vi')).toEqual([
      template(),
      defaultTextTemplates.vi[0],
      edited,
    ]);
  });
});

describe('parseSettings: follow-up texts', () => {
  it("keeps the agent's name and templates, and says when some were removed", () => {
    const { settings, problems } = parseSettings(
      JSON.stringify({
        agentName: '  Dana Whitfield ',
        textTemplates: [template(), template({ id: 'bad', attachments: ['ftp://x/a.pdf'] })],
      }),
    );
    expect(settings.agentName).toBe('Dana Whitfield');
    expect(settings.textTemplates).toEqual([template()]);
    expect(problems).toEqual(['templatesDropped']);
  });
});

describe('agentNameProblem', () => {
  it('allows an empty name and refuses one over 80 characters', () => {
    expect(agentNameProblem('')).toBeNull();
    expect(agentNameProblem('a'.repeat(81))).toEqual({
      code: 'templates.problem.longAgentName',
      values: { max: 80 },
    });
  });
});

describe('newTemplateId', () => {
  it('never repeats an id in use', () => {
    const templates = [template({ id: 'template-2' }), template({ id: 'template-3' })];
    expect(newTemplateId(templates)).toBe('template-4');
  });
});
