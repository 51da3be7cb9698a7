import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localSettingsKey, widgetSource } from '../../src/simulator/local-settings';

const defaultUrl = 'https://localhost:9025/';

describe('widgetSource', () => {
  it('uses the default widget without LocalSettings, and says nothing', () => {
    expect(widgetSource(null, defaultUrl)).toEqual({
      url: defaultUrl,
      providerName: 'Handoff',
      size: { width: 400, height: 600 },
      note: null,
    });
  });

  it('starts the iframe at the size the settings register, as HubSpot does', () => {
    const raw = (size: object) => JSON.stringify({ url: 'https://localhost:9026/', ...size });
    expect(widgetSource(raw({ width: 360, height: 640 }), defaultUrl).size).toEqual({
      width: 360,
      height: 640,
    });
    // Only what HubSpot's settings accept: whole positive pixels; the rest stays 400 × 600.
    expect(widgetSource(raw({ width: '360', height: -5 }), defaultUrl).size).toEqual({
      width: 400,
      height: 600,
    });
  });

  it('loads the url and shows the name set in LocalSettings', () => {
    const raw = JSON.stringify({
      isReady: true,
      name: 'Handoff QA',
      url: 'https://qa.example.com/widget',
    });
    const source = widgetSource(raw, defaultUrl);
    expect(source.url).toBe('https://qa.example.com/widget');
    expect(source.providerName).toBe('Handoff QA');
    expect(source.note).toMatchObject({ tone: 'info' });
    expect(source.note?.text).toContain('https://qa.example.com/widget');
  });

  it('keeps the default name when LocalSettings has none', () => {
    const source = widgetSource(JSON.stringify({ url: 'https://localhost:9026/' }), defaultUrl);
    expect(source).toMatchObject({ url: 'https://localhost:9026/', providerName: 'Handoff' });
  });

  it('ignores malformed JSON, visibly', () => {
    const source = widgetSource('{ url: https://', defaultUrl);
    expect(source.url).toBe(defaultUrl);
    expect(source.note).toEqual({
      tone: 'warning',
      text: `${localSettingsKey} ignored: it is not valid JSON.`,
    });
  });

  it('ignores settings without a url, visibly', () => {
    const source = widgetSource(JSON.stringify({ name: 'Handoff QA', isReady: true }), defaultUrl);
    expect(source).toMatchObject({ url: defaultUrl, providerName: 'Handoff' });
    expect(source.note?.text).toMatch(/no "url"/);
  });

  it('never embeds a url that is not http(s)', () => {
    const source = widgetSource(JSON.stringify({ url: 'javascript:alert(1)' }), defaultUrl);
    expect(source.url).toBe(defaultUrl);
    expect(source.note?.tone).toBe('warning');
  });

  it('ignores JSON that is not an object', () => {
    for (const raw of ['null', '"https://x.example"', '[1]', '42']) {
      expect(widgetSource(raw, defaultUrl).url).toBe(defaultUrl);
    }
  });

  it('whatever is stored, embeds either the default or an http(s) url', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.record({ url: fc.string(), name: fc.string() }).map((v) => JSON.stringify(v)),
        ),
        (raw) => {
          const { url } = widgetSource(raw, defaultUrl);
          expect(url === defaultUrl || /^https?:\/\//.test(url)).toBe(true);
        },
      ),
    );
  });
});
