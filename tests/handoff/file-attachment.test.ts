import { describe, expect, it } from 'vitest';
import { attachmentProblem } from '../../src/handoff/file-attachment';
import { english } from '../support/in-english';

describe('attachmentProblem', () => {
  it.each([
    'https://example.com/file.pdf',
    'https://example.com/image.png',
    'https://cdn.example.com/a/b/Brochure%202025.PDF?v=2',
  ])('accepts %s', (url) => {
    expect(attachmentProblem(url)).toBeNull();
  });

  it.each([
    ['http://example.com/file.pdf', 'must be an https:// link'],
    ['ftp://example.com/file.pdf', 'must be an https:// link'],
    [
      'https://example.com/brochure',
      'must point at a file with an extension, such as .pdf or .jpg',
    ],
    ['https://example.com/', 'must point at a file with an extension, such as .pdf or .jpg'],
    ['example.com/file.pdf', 'is not a web address'],
    ['https://example.com/my file.pdf', 'contains spaces or invisible characters'],
  ])('refuses %s: it %s', (url, why) => {
    const problem = attachmentProblem(url);
    expect(problem && english(problem)).toBe(`The attachment “${url}” ${why}.`);
  });
});
