import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followUpTextLinkFor } from '../../src/handoff/follow-up-text';
import { openPhoneMessageUrl } from '../../src/handoff/openphone';
import {
  firstNameOf,
  renderTextTemplate,
  textLength,
  unknownPlaceholders,
} from '../../src/handoff/text-template';
import { languages } from '../../src/i18n/languages';
import { defaultTextTemplates } from '../../src/settings/text-templates';

const named = (firstName: string, agentName = '') => ({ firstName, agentName });

/** The `text` parameter of a message link, decoded. */
function textOf(link: string): string | undefined {
  const query = link.split('?')[1] ?? '';
  const pair = query.split('&').find((part) => part.startsWith('text='));
  return pair === undefined ? undefined : decodeURIComponent(pair.slice('text='.length));
}

describe('renderTextTemplate', () => {
  it('fills the first name and the agent name', () => {
    expect(renderTextTemplate('Hi {firstName}, this is {agentName}.', named('Emily', 'Dana'))).toBe(
      'Hi Emily, this is Dana.',
    );
  });

  it('fills every occurrence of a placeholder', () => {
    expect(renderTextTemplate('{firstName}? {firstName}!', named('Lan'))).toBe('Lan? Lan!');
  });

  it.each([
    ['an ampersand', 'Tom & Jerry'],
    ['a hash', 'Room #4'],
    ['an emoji', 'Zoë 👩🏽‍💻'],
    ['right-to-left text', 'مريم'],
    ['Hebrew', 'שרה'],
    ['link syntax', 'a=b?c,d%20'],
  ])('keeps a name with %s exactly as written', (_, name) => {
    expect(renderTextTemplate('Hi {firstName}!', named(name))).toBe(`Hi ${name}!`);
  });

  it('never reads a value as a placeholder: a name may contain {agentName}', () => {
    expect(renderTextTemplate('Hi {firstName}', named('{agentName}', 'Dana'))).toBe(
      'Hi {agentName}',
    );
  });

  it('puts a name with line breaks or tabs on one line', () => {
    expect(renderTextTemplate('Hi {firstName},', named(' Emily\n\tJane '))).toBe('Hi Emily Jane,');
  });

  describe('without a first name', () => {
    it('drops a Japanese honorific with the name: a line holding only "{firstName}様" goes', () => {
      expect(renderTextTemplate('{firstName}様\nお電話ありがとうございました。', named(''))).toBe(
        'お電話ありがとうございました。',
      );
      expect(renderTextTemplate('{firstName}さん、こんにちは', named(''))).toBe('こんにちは');
    });

    it('closes up on the punctuation: "Hi {firstName}," becomes "Hi,"', () => {
      expect(renderTextTemplate('Hi {firstName}, sorry I missed you.', named(''))).toBe(
        'Hi, sorry I missed you.',
      );
    });

    it('leaves no double space in the middle of a sentence', () => {
      expect(renderTextTemplate('Thanks {firstName} for your time', named(''))).toBe(
        'Thanks for your time',
      );
    });

    it('drops the comma after a name that opened the line', () => {
      expect(renderTextTemplate('{firstName}, we tried to call', named(''))).toBe(
        'we tried to call',
      );
    });

    it('drops a trailing space at the end of the text', () => {
      expect(renderTextTemplate('See you soon {firstName}', named(''))).toBe('See you soon');
    });

    it('leaves text that is not next to the placeholder untouched', () => {
      expect(renderTextTemplate('Hi  there {firstName}!  Bye', named(''))).toBe('Hi  there!  Bye');
    });
  });

  it('drops a signature line when the agent set no name', () => {
    expect(renderTextTemplate('Talk soon.\n— {agentName}', named('Emily'))).toBe('Talk soon.');
  });

  it('keeps the signature line when the agent has a name', () => {
    expect(renderTextTemplate('Talk soon.\n— {agentName}', named('Emily', 'Dana'))).toBe(
      'Talk soon.\n— Dana',
    );
  });

  it('keeps text without placeholders exactly as written', () => {
    expect(renderTextTemplate('Hi,\n\nsee {you} soon  ', named('Emily'))).toBe(
      'Hi,\n\nsee {you} soon  ',
    );
  });

  it('replaces a broken half of an emoji in a name, so the link can still be made', () => {
    const rendered = renderTextTemplate('Hi {firstName}', named('Emily\uD83D'));
    expect(rendered).toBe('Hi Emily\uFFFD');
    expect(() => openPhoneMessageUrl({ text: rendered })).not.toThrow();
  });
});

describe('the default templates', () => {
  const templates = defaultTextTemplates.en;

  it('ship three, each with its own id', () => {
    expect(templates).toHaveLength(3);
    expect(new Set(templates.map((template) => template.id)).size).toBe(3);
  });

  it.each(templates.map((template) => [template.name, template.text] as const))(
    '"%s" renders without a name as a tidy message',
    (_, text) => {
      const rendered = renderTextTemplate(text, named(''));
      expect(rendered).toMatch(/^Hi, /);
      expect(rendered).not.toMatch(/[{}]|\s$| {2}| ,/);
    },
  );

  it.each(templates.map((template) => [template.name, template.text] as const))(
    '"%s" greets Emily and signs with the agent\'s name',
    (_, text) => {
      const rendered = renderTextTemplate(text, named('Emily', 'Dana Whitfield'));
      expect(rendered).toMatch(/^Hi Emily, /);
      expect(rendered).toMatch(/\nDana Whitfield$/);
    },
  );

  it('any first name and agent name: the link carries exactly the rendered text (fast-check)', () => {
    const name = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('Tom & Jerry', '#1', 'مريم', '👩🏽‍💻', '%20', 'a,b', '{firstName}'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...templates), name, name, (template, firstName, agentName) => {
        const rendered = renderTextTemplate(template.text, { firstName, agentName });
        const link = openPhoneMessageUrl({
          to: '+14107934326',
          selectedAsFallback: true,
          text: rendered,
        });
        expect(link).toMatch(
          /^openphone:\/\/message\?number=%2B14107934326&selectedAsFallback=true&text=[\x21-\x7e]+$/,
        );
        expect(textOf(link)).toBe(rendered);
      }),
      { numRuns: 1000 },
    );
  });
});

describe.each(languages)('the %s default templates', (language) => {
  const templates = defaultTextTemplates[language];
  const cases = templates.map((template) => [template.name, template] as const);

  it('are the same three as in English, by id', () => {
    expect(templates.map((template) => template.id)).toEqual(
      defaultTextTemplates.en.map((template) => template.id),
    );
  });

  it.each(cases)('"%s" greets the contact and signs with the agent\'s name', (_, template) => {
    const rendered = renderTextTemplate(template.text, named('Emily', 'Dana Whitfield'));
    expect(rendered).toContain('Emily');
    expect(rendered).toMatch(/\nDana Whitfield$/);
    expect(rendered).not.toMatch(/[{}]/);
  });

  it.each(cases)('"%s" reads as a tidy message without any name', (_, template) => {
    const rendered = renderTextTemplate(template.text, named(''));
    expect(rendered).not.toMatch(/[{}]|^\s|\s$| {2}| ,|^[,、様]|\n\n/);
  });

  it.each(cases)('"%s" becomes a valid OpenPhone message link', (_, template) => {
    const rendered = renderTextTemplate(template.text, named('Tom & Jerry #1', 'Dana 👩🏽‍💻'));
    const link = followUpTextLinkFor({
      toE164: '+14107934326',
      from: null,
      text: rendered,
      attachments: [],
    });
    expect(link).toMatchObject({ kind: 'ready' });
    const href = link.kind === 'ready' ? link.href : '';
    expect(href).toMatch(
      /^openphone:\/\/message\?number=%2B14107934326&selectedAsFallback=true&text=[\x21-\x7e]+$/,
    );
    expect(textOf(href)).toBe(rendered);
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Emily Carter', 'Emily'],
    ['  Camille   Durand ', 'Camille'],
    ['Cher', 'Cher'],
    ['佐藤 陽翔', '佐藤 陽翔'],
    ['김민준', '김민준'],
    ['مريم الخوري', 'مريم'],
    ['Nguyễn Thị Lan', 'Lan'],
    ['Trần Văn Minh', 'Minh'],
    ['Nguyen Thi Lan', 'Lan'],
    ['Lê Hoa', 'Hoa'],
    ['Lan Nguyen', 'Lan'],
    ['Nguyễn', 'Nguyễn'],
  ])('reads %s as %s', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });

  it('is empty when nobody is named', () => {
    expect(firstNameOf(null)).toBe('');
    expect(firstNameOf('   ')).toBe('');
  });
});

describe('unknownPlaceholders', () => {
  it('finds typos such as {firstname} and {name}, each once', () => {
    expect(unknownPlaceholders('Hi {firstname} {name} {name} {firstName} {agentName}')).toEqual([
      'firstname',
      'name',
    ]);
  });

  it('ignores braces that are not placeholder-shaped', () => {
    expect(unknownPlaceholders('{ } {1} {a b} :-{')).toEqual([]);
  });
});

describe('textLength', () => {
  it('counts an emoji as one character, as people do', () => {
    expect(textLength('Hi 👋')).toBe(4);
  });
});
