import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HandoffError } from '../../src/handoff/handoff-error';
import { openPhoneDialUrl, openPhoneMessageUrl } from '../../src/handoff/openphone';
import { english } from '../support/in-english';

const runs = { numRuns: 2000 };

/** The characters the spec says are dropped from numbers. */
const withoutFormatting = (number: string) => number.replace(/[ \u00a0\u202f\-.()]/g, '');

/** Splits a link's query as written, without decoding anything. */
function rawParameters(link: string): Array<[string, string]> {
  const query = link.split('?')[1];
  if (query === undefined) return [];
  return query.split('&').map((pair) => {
    const [name = '', value = '', ...rest] = pair.split('=');
    expect(rest).toEqual([]);
    return [name, value];
  });
}

function refusal(build: () => unknown): HandoffError {
  try {
    build();
  } catch (error) {
    if (error instanceof HandoffError) return error;
    throw error;
  }
  throw new Error('expected a HandoffError');
}

// Anything printable and ASCII: no raw space, control character or non-ASCII letter.
const printableLink = /^[\x21-\x7e]+$/;

const formatting = fc.constantFrom(' ', '-', '.', '(', ')', '\u00a0', '\u202f');
const digit = fc.constantFrom(...'0123456789');
const wellFormedNumber = fc
  .tuple(
    fc.constantFrom('', '+', '@'),
    fc.array(fc.oneof({ weight: 4, arbitrary: digit }, { weight: 1, arbitrary: formatting }), {
      minLength: 1,
      maxLength: 20,
    }),
    digit,
  )
  .map(([prefix, body, last]) => `${prefix}${body.join('')}${last}`);
const anyNumber = fc.oneof(
  { weight: 3, arbitrary: wellFormedNumber },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 15 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 15 }) },
);
const anyRecipients = fc.oneof(anyNumber, fc.array(anyNumber, { maxLength: 12 }));

const attachmentLink = fc
  .tuple(
    fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }),
    fc.stringMatching(/^[a-z0-9_,-]{1,12}$/),
    fc.constantFrom('pdf', 'jpg', 'png', 'JPEG', 'mp4'),
  )
  .map(([base, name, extension]) => {
    const url = new URL(base);
    url.pathname = `${url.pathname.replace(/\/$/, '')}/${name}.${extension}`;
    return url.href;
  });
const anyAttachment = fc.oneof(
  { weight: 3, arbitrary: attachmentLink },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.webUrl() },
);

describe('openPhoneDialUrl', () => {
  it('dials a number without calling when autoCall is false', () => {
    expect(openPhoneDialUrl({ to: '4107934326', autoCall: false })).toBe(
      'openphone://dial?number=4107934326',
    );
  });

  it('encodes a leading + as %2B', () => {
    expect(openPhoneDialUrl({ to: '+14107934326', autoCall: false })).toBe(
      'openphone://dial?number=%2B14107934326',
    );
  });

  it('calls at once from the given caller id', () => {
    expect(openPhoneDialUrl({ to: '4107934326', from: '3239991234', autoCall: true })).toBe(
      'openphone://dial?number=4107934326&from=3239991234&action=call',
    );
  });

  it('joins a group with literal commas and always calls at once', () => {
    const expected = 'openphone://dial?number=4107934326,9801235640&action=call';
    expect(openPhoneDialUrl({ to: ['4107934326', '9801235640'] })).toBe(expected);
    expect(openPhoneDialUrl({ to: ['4107934326', '9801235640'], autoCall: false })).toBe(expected);
  });

  it('only prefills the dialer when autoCall is not given: calling at once is asked for', () => {
    expect(openPhoneDialUrl({ to: '4107934326' })).toBe('openphone://dial?number=4107934326');
  });

  it("encodes a teammate's direct number's @ as %40", () => {
    expect(openPhoneDialUrl({ to: '@9997934326', autoCall: false })).toBe(
      'openphone://dial?number=%409997934326',
    );
  });

  it('drops spaces, dashes, dots and parentheses from numbers', () => {
    expect(
      openPhoneDialUrl({ to: '+1 (410) 793-43.26', from: '+1 323 999 1234', autoCall: true }),
    ).toBe('openphone://dial?number=%2B14107934326&from=%2B13239991234&action=call');
  });

  it('calls a group of 9 numbers', () => {
    const nine = Array.from({ length: 9 }, (_, i) => `410793432${i}`);
    expect(openPhoneDialUrl({ to: nine })).toBe(
      `openphone://dial?number=${nine.join(',')}&action=call`,
    );
  });

  it('refuses a 10th number: the agent is the 10th participant', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `410793432${i}`);
    const error = refusal(() => openPhoneDialUrl({ to: ten }));
    expect(error.problem).toEqual({
      code: 'link.problem.tooManyToCall',
      values: { max: 9, given: 10 },
    });
    expect(english(error.problem)).toMatch(/at most 9 numbers.*10th participant.*this has 10/);
  });

  it('refuses to dial nothing', () => {
    expect(refusal(() => openPhoneDialUrl({ to: [] })).code).toBe('link.problem.noNumber');
    expect(refusal(() => openPhoneDialUrl({ to: '' })).code).toBe('link.problem.emptyNumber');
    expect(refusal(() => openPhoneDialUrl({ to: ' - ( ) ' })).code).toBe(
      'link.problem.emptyNumber',
    );
    expect(refusal(() => openPhoneDialUrl({ to: ['4107934326', ''] })).code).toBe(
      'link.problem.emptyNumber',
    );
  });

  it('refuses an empty caller id rather than silently using another number', () => {
    expect(refusal(() => openPhoneDialUrl({ to: '4107934326', from: '' })).code).toBe(
      'link.problem.emptyCallerId',
    );
  });

  it('refuses letters in a number', () => {
    expect(refusal(() => openPhoneDialUrl({ to: '1-800-FLOWERS' })).problem).toEqual({
      code: 'link.problem.notANumber',
      values: { number: '1-800-FLOWERS' },
    });
    expect(refusal(() => openPhoneDialUrl({ to: '4107934326 ext 12' })).code).toBe(
      'link.problem.notANumber',
    );
  });

  it('refuses a + or @ anywhere but in front', () => {
    expect(refusal(() => openPhoneDialUrl({ to: '1+4107934326' })).code).toBe(
      'link.problem.notANumber',
    );
    expect(refusal(() => openPhoneDialUrl({ to: '+@4107934326' })).code).toBe(
      'link.problem.notANumber',
    );
  });

  it("refuses a teammate's direct number as caller id", () => {
    expect(refusal(() => openPhoneDialUrl({ to: '4107934326', from: '@9997934326' })).code).toBe(
      'link.problem.notACallerId',
    );
  });

  it.each([
    ['an ampersand', '4107934326&action=call', '“&”'],
    ['a hash', '4107934326#', '“#”'],
    ['a question mark', '410?7934326', '“?”'],
    ['an equals sign', 'number=4107934326', '“=”'],
    ['a comma that would add a recipient', '4107934326,9801235640', '“,”'],
    ['a line break', '4107934326\n', 'an invisible character (U+000A)'],
    ['a tab', '410\t7934326', 'an invisible character (U+0009)'],
    ['a control character', '410\u00007934326', 'an invisible character (U+0000)'],
  ])('refuses a number containing %s, naming it', (_, number, named) => {
    const error = refusal(() => openPhoneDialUrl({ to: number }));
    expect(english(error.problem)).toContain(
      `contains ${named}, which is not part of a phone number`,
    );
  });

  it('either refuses or makes a link that gives back every value', () => {
    fc.assert(
      fc.property(
        anyRecipients,
        fc.option(anyNumber, { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        (to, from, autoCall) => {
          let link: string;
          try {
            link = openPhoneDialUrl({ to, from, autoCall });
          } catch (error) {
            expect(error).toBeInstanceOf(HandoffError);
            return;
          }
          const recipients = typeof to === 'string' ? [to] : to;
          expect(link).toMatch(printableLink);
          expect(link.startsWith('openphone://dial?')).toBe(true);

          const raw = Object.fromEntries(rawParameters(link));
          expect(Object.keys(raw)).toEqual([
            'number',
            ...(from === undefined ? [] : ['from']),
            ...(autoCall === true || recipients.length > 1 ? ['action'] : []),
          ]);
          expect(raw.number?.split(',').map(decodeURIComponent)).toEqual(
            recipients.map(withoutFormatting),
          );

          const parsed = new URL(link).searchParams;
          expect(parsed.get('number')).toBe(recipients.map(withoutFormatting).join(','));
          expect(parsed.get('from')).toBe(from === undefined ? null : withoutFormatting(from));
          expect(parsed.get('action')).toBe(raw.action === undefined ? null : 'call');
        },
      ),
      runs,
    );
  });

  it('calls any group of 1 to 9 well-formed numbers, and refuses 10 or more', () => {
    fc.assert(
      fc.property(fc.array(wellFormedNumber, { minLength: 1, maxLength: 14 }), (to) => {
        if (to.length <= 9) {
          expect(new URL(openPhoneDialUrl({ to })).searchParams.get('number')).toBe(
            to.map(withoutFormatting).join(','),
          );
        } else {
          expect(refusal(() => openPhoneDialUrl({ to })).code).toBe('link.problem.tooManyToCall');
        }
      }),
      runs,
    );
  });
});

describe('openPhoneMessageUrl', () => {
  it('keeps commas in the text literal and encodes spaces as %20', () => {
    expect(openPhoneMessageUrl({ text: 'Hello, buddy' })).toBe(
      'openphone://message?text=Hello,%20buddy',
    );
  });

  it('texts a group joined by literal commas', () => {
    expect(openPhoneMessageUrl({ to: ['4107934326', '9801235640'], text: 'Hello' })).toBe(
      'openphone://message?number=4107934326,9801235640&text=Hello',
    );
  });

  it('encodes each attachment whole and joins them with literal commas', () => {
    expect(
      openPhoneMessageUrl({
        to: '4107934326',
        text: 'Hello, buddy',
        attachments: ['https://example.com/file.pdf', 'https://example.com/image.png'],
      }),
    ).toBe(
      'openphone://message?number=4107934326&text=Hello,%20buddy&attachments=https%3A%2F%2Fexample.com%2Ffile.pdf,https%3A%2F%2Fexample.com%2Fimage.png',
    );
  });

  it('opens an empty composer when given nothing, as every parameter is optional', () => {
    expect(openPhoneMessageUrl({})).toBe('openphone://message');
    expect(openPhoneMessageUrl({ to: [], text: '', attachments: [] })).toBe('openphone://message');
  });

  it('puts number, from, selectedAsFallback, text and attachments in that order', () => {
    expect(
      openPhoneMessageUrl({
        attachments: ['https://example.com/a.jpg'],
        text: 'Hi',
        selectedAsFallback: true,
        from: '+13239991234',
        to: '@9997934326',
      }),
    ).toBe(
      'openphone://message?number=%409997934326&from=%2B13239991234&selectedAsFallback=true&text=Hi&attachments=https%3A%2F%2Fexample.com%2Fa.jpg',
    );
  });

  it('leaves selectedAsFallback out when false, its default', () => {
    expect(openPhoneMessageUrl({ text: 'Hi', selectedAsFallback: false })).toBe(
      'openphone://message?text=Hi',
    );
  });

  it('encodes characters that would break the link out of the text', () => {
    expect(openPhoneMessageUrl({ text: 'a&b=c?d#e+f\ng%h' })).toBe(
      'openphone://message?text=a%26b%3Dc%3Fd%23e%2Bf%0Ag%25h',
    );
  });

  it('refuses text with a broken character rather than mangle it', () => {
    expect(refusal(() => openPhoneMessageUrl({ text: 'Hi \ud83d' })).code).toBe(
      'link.problem.brokenText',
    );
  });

  it('refuses more than 9 recipients', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `410793432${i}`);
    const error = refusal(() => openPhoneMessageUrl({ to: ten, text: 'Hi' }));
    expect(error.code).toBe('link.problem.tooManyToText');
    expect(english(error.problem)).toContain('OpenPhone texts at most 9 numbers');
  });

  it.each([
    ['an http link', 'http://example.com/file.pdf', 'attachment.problem.notHttps'],
    [
      'a link without a file extension',
      'https://example.com/file',
      'attachment.problem.noExtension',
    ],
    ['a link to a folder', 'https://example.com/files.d/', 'attachment.problem.noExtension'],
    ['a host that only looks like a file', 'https://example.pdf', 'attachment.problem.noExtension'],
    ['something that is not a link', 'file.pdf', 'attachment.problem.notAnAddress'],
    ['a javascript: link', 'javascript:alert(1)//.pdf', 'attachment.problem.notHttps'],
    ['a link with a space', 'https://example.com/my file.pdf', 'attachment.problem.spaces'],
    ['a link with a line break', 'https://example.com/file.pdf\n', 'attachment.problem.spaces'],
    ['a broken character', 'https://example.com/\ud83d.pdf', 'link.problem.brokenAttachment'],
  ])('refuses %s as an attachment', (_, attachment, code) => {
    expect(refusal(() => openPhoneMessageUrl({ attachments: [attachment] })).code).toBe(code);
  });

  it('encodes a comma inside an attachment so it cannot split the list', () => {
    expect(openPhoneMessageUrl({ attachments: ['https://example.com/a,b.pdf'] })).toBe(
      'openphone://message?attachments=https%3A%2F%2Fexample.com%2Fa%2Cb.pdf',
    );
  });

  it('either refuses or makes a link that gives back every value', () => {
    fc.assert(
      fc.property(
        fc.option(anyRecipients, { nil: undefined }),
        fc.option(anyNumber, { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.string({ unit: 'binary' }), { nil: undefined }),
        fc.option(fc.array(anyAttachment, { maxLength: 4 }), { nil: undefined }),
        (to, from, selectedAsFallback, text, attachments) => {
          let link: string;
          try {
            link = openPhoneMessageUrl({ to, from, selectedAsFallback, text, attachments });
          } catch (error) {
            expect(error).toBeInstanceOf(HandoffError);
            return;
          }
          const recipients = to === undefined ? [] : typeof to === 'string' ? [to] : to;
          expect(link).toMatch(printableLink);

          const raw = Object.fromEntries(rawParameters(link));
          expect(Object.keys(raw)).toEqual([
            ...(recipients.length > 0 ? ['number'] : []),
            ...(from === undefined ? [] : ['from']),
            ...(selectedAsFallback ? ['selectedAsFallback'] : []),
            ...(text ? ['text'] : []),
            ...(attachments?.length ? ['attachments'] : []),
          ]);
          if (raw.number !== undefined) {
            expect(raw.number.split(',').map(decodeURIComponent)).toEqual(
              recipients.map(withoutFormatting),
            );
          }
          if (raw.attachments !== undefined) {
            expect(raw.attachments.split(',').map(decodeURIComponent)).toEqual(attachments);
            for (const attachment of attachments ?? []) {
              expect(new URL(attachment).protocol).toBe('https:');
            }
          }

          const parsed = new URL(link).searchParams;
          expect(parsed.get('from')).toBe(from === undefined ? null : withoutFormatting(from));
          expect(parsed.get('selectedAsFallback')).toBe(selectedAsFallback ? 'true' : null);
          expect(parsed.get('text')).toBe(text ? text : null);
        },
      ),
      runs,
    );
  });
});
