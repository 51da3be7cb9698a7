import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compressHashedAssets } from '../../src/build/compressed-assets';

let outDir = '';
afterEach(() => rmSync(outDir, { recursive: true, force: true }));

function build(files: Record<string, string>): string {
  outDir = mkdtempSync(join(tmpdir(), 'handoff-compressed-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(outDir, path, '..'), { recursive: true });
    writeFileSync(join(outDir, path), text);
  }
  return outDir;
}

describe('the hashed files `npm run preview` keeps compressed', () => {
  it('holds each script, style and picture of an assets folder, gzipped, by its URL path', () => {
    const script = 'export const a = 1;\n'.repeat(200);
    const compressed = compressHashedAssets(
      build({
        'assets/index-abc.js': script,
        'assets/index-abc.css': 'body { margin: 0 }',
        'bench/floor/assets/index-def.js': 'console.log(1);',
      }),
    );
    expect([...compressed.keys()].sort()).toEqual([
      '/assets/index-abc.css',
      '/assets/index-abc.js',
      '/bench/floor/assets/index-def.js',
    ]);
    const body = compressed.get('/assets/index-abc.js');
    expect(gunzipSync(body ?? Buffer.alloc(0)).toString()).toBe(script);
    expect(body?.length).toBeLessThan(script.length / 10);
  });

  it('leaves the page, files outside assets folders and other kinds to the server as they are', () => {
    const compressed = compressHashedAssets(
      build({
        'index.html': '<!doctype html>',
        'favicon.svg': '<svg/>',
        _headers: '/*',
        'assets/font.woff2': 'woff',
        'assets/index-abc.js.map': '{}',
      }),
    );
    expect(compressed.size).toBe(0);
  });
});
