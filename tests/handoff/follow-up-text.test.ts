import { describe, expect, it } from 'vitest';
import { followUpTextLinkFor } from '../../src/handoff/follow-up-text';
import { inEnglish } from '../support/in-english';

/** The link for a text, its refusal worded in English as the agent reads it. */
const text = (options: Partial<Parameters<typeof followUpTextLinkFor>[0]> = {}) =>
  inEnglish(
    followUpTextLinkFor({
      toE164: '+14107934326',
      from: null,
      text: 'Hi Emily, call me back',
      attachments: [],
      ...options,
    }),
  );

describe('followUpTextLinkFor', () => {
  it('texts the contact from the number selected in OpenPhone when the call had no caller id', () => {
    expect(text()).toEqual({
      kind: 'ready',
      href: 'openphone://message?number=%2B14107934326&selectedAsFallback=true&text=Hi%20Emily,%20call%20me%20back',
      appName: 'OpenPhone',
      action: 'textOpenPhone',
    });
  });

  it("texts from the call's caller id when it had one, without selectedAsFallback", () => {
    const link = text({ from: '+13239991234' });
    expect(link).toMatchObject({
      href: 'openphone://message?number=%2B14107934326&from=%2B13239991234&text=Hi%20Emily,%20call%20me%20back',
    });
  });

  it("adds the template's attachments, each encoded whole", () => {
    expect(
      text({ attachments: ['https://example.com/brochure.pdf', 'https://example.com/map.png'] }),
    ).toMatchObject({
      href: 'openphone://message?number=%2B14107934326&selectedAsFallback=true&text=Hi%20Emily,%20call%20me%20back&attachments=https%3A%2F%2Fexample.com%2Fbrochure.pdf,https%3A%2F%2Fexample.com%2Fmap.png',
    });
  });

  it('refuses a text longer than 1,600 characters, saying how long it is', () => {
    expect(text({ text: 'x'.repeat(1_601) })).toEqual({
      kind: 'refused',
      message: 'A text can be at most 1,600 characters; this one has 1,601. Shorten it.',
    });
    expect(text({ text: '👋'.repeat(1_600) }).kind).toBe('ready');
  });

  it('refuses an empty message with nothing attached', () => {
    expect(text({ text: '  ' })).toEqual({
      kind: 'refused',
      message: 'Write a message (or pick a template) first.',
    });
  });

  it("passes on the builder's refusal of an attachment", () => {
    expect(text({ attachments: ['http://example.com/a.pdf'] })).toEqual({
      kind: 'refused',
      message: 'The attachment “http://example.com/a.pdf” must be an https:// link.',
    });
  });
});
