import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProduction, type ProductionBuild } from './production-server';

// Secrets the admin CLIs read from the environment. Set for the build below (unless
// already set) so the scan proves they stay out even when present.
const plantedSecrets = {
  HUBSPOT_DEVELOPER_API_KEY: `planted-hubspot-key-${crypto.randomUUID()}`,
  CARESOFT_API_VOICE_TOKEN: `planted-caresoft-secret-${crypto.randomUUID()}`,
};

/** Names of code and settings that belong to the admin CLIs, never to the browser. */
const forbiddenStrings = [
  // jose's error codes and class names: the JWT library must stay in the CLI.
  'JWSSignatureVerificationFailed',
  'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
  'JOSEError',
  // CareSoft's signing secret and the HubSpot developer key, by name.
  'apiVoiceAccessToken',
  'CARESOFT_API_VOICE_TOKEN',
  'HUBSPOT_DEVELOPER_API_KEY',
];

// `eval(`, `new Function(` and a bare `Function(` call (the "return this" idiom): each
// compiles a string at run time, which the policy's script-src 'self' would refuse.
const evalCall = /(?<![\w$.])eval\s*\(/;
const functionConstructor = /(?<![\w$.])(?:new\s+)?Function\s*\(/;

let production: ProductionBuild;
let files: Array<{ path: string; text: string }>;
const restored: Record<string, string | undefined> = {};

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  for (const [name, value] of Object.entries(plantedSecrets)) {
    restored[name] = process.env[name];
    process.env[name] ??= value;
  }
  production = await buildProduction();
  files = await Promise.all(
    (await listFiles(production.outDir)).map(async (path) => ({
      path: relative(production.outDir, path),
      text: await readFile(path, 'utf8'),
    })),
  );
});

afterAll(async () => {
  for (const [name, value] of Object.entries(restored)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await production?.remove();
});

const chunks = () => files.filter((file) => file.path.endsWith('.js'));

describe('the production build', () => {
  it('has JavaScript chunks to scan', () => {
    expect(chunks().length).toBeGreaterThan(1);
  });

  it('never compiles code from a string: no eval( or Function( in any chunk', () => {
    expect(evalCall.test('x=eval("1")') && functionConstructor.test('new Function("a")')).toBe(
      true,
    );
    const offenders = chunks()
      .filter(({ text }) => evalCall.test(text) || functionConstructor.test(text))
      .map(({ path }) => path);
    expect(offenders).toEqual([]);
  });

  it('holds no value of a *_TOKEN, *_KEY or *_SECRET environment variable', () => {
    const secrets = Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        /_(TOKEN|KEY|SECRET)$/i.test(entry[0]) && (entry[1]?.length ?? 0) >= 8,
    );
    expect(secrets.map(([name]) => name)).toEqual(
      expect.arrayContaining(Object.keys(plantedSecrets)),
    );
    // Only names are reported: a failing test must not print the secret it found.
    const leaks = files.flatMap(({ path, text }) =>
      secrets.filter(([, value]) => text.includes(value)).map(([name]) => `${name} in ${path}`),
    );
    expect(leaks).toEqual([]);
  });

  it('asks the browser no feature question at load: the preload helper has its answer written in', () => {
    const entry = chunks().filter(({ path }) => /^assets\/index-[\w-]+\.js$/.test(path));
    expect(entry).toHaveLength(1);
    // Vite's detectScriptRel() makes a <link> and reads its relList before the load event.
    expect(
      chunks()
        .filter(({ text }) => text.includes('relList'))
        .map(({ path }) => path),
    ).toEqual([]);
    expect(entry[0]?.text).toContain('modulepreload');
  });

  it('carries no jose code and no name of an admin secret', () => {
    const found = files.flatMap(({ path, text }) =>
      forbiddenStrings.filter((name) => text.includes(name)).map((name) => `${name} in ${path}`),
    );
    expect(found).toEqual([]);
  });
});
