import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeConfigProblem, readSyncConfig } from '../../src/sync/config';
import { secrets, syncEnv } from './sync-world';

const openPhoneOnly = {
  HUBSPOT_ACCESS_TOKEN: secrets.hubSpotToken,
  OPENPHONE_API_KEY: secrets.openPhoneKey,
  OPENPHONE_WEBHOOK_SIGNING_KEY: secrets.openPhoneSigningKey,
};

function problem(env: Record<string, string | undefined>) {
  const read = readSyncConfig(env);
  if (read.ok) throw new Error('expected the configuration to be refused');
  return read.error;
}

describe('readSyncConfig', () => {
  it('reads every variable, with the documented defaults', () => {
    const read = readSyncConfig(syncEnv);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.config).toMatchObject({
      hubSpot: { accessToken: secrets.hubSpotToken, apiBase: 'https://api.hubapi.com' },
      openPhone: { apiKey: secrets.openPhoneKey, apiBase: 'https://api.openphone.com' },
      careSoft: { domain: 'handoffdemo', apiBase: 'https://api.caresoft.vn' },
      createContacts: false,
      port: 9026,
    });
  });

  it('turns a provider on only when one of its variables is set', () => {
    const read = readSyncConfig(openPhoneOnly);
    expect(read.ok && read.config.careSoft).toBeNull();
    expect(read.ok && read.config.openPhone).not.toBeNull();
  });

  it('names the one variable missing or malformed', () => {
    expect(problem({})).toEqual({ variable: 'HUBSPOT_ACCESS_TOKEN', problem: 'missing' });
    expect(problem({ HUBSPOT_ACCESS_TOKEN: 'x' })).toEqual({
      variable: 'OPENPHONE_API_KEY or CARESOFT_DOMAIN',
      problem: 'no-provider',
    });
    expect(problem({ ...openPhoneOnly, OPENPHONE_API_KEY: undefined })).toEqual({
      variable: 'OPENPHONE_API_KEY',
      problem: 'missing',
    });
    expect(problem({ ...openPhoneOnly, OPENPHONE_WEBHOOK_SIGNING_KEY: 'not base64!' })).toEqual({
      variable: 'OPENPHONE_WEBHOOK_SIGNING_KEY',
      problem: 'malformed',
    });
    expect(problem({ ...openPhoneOnly, CARESOFT_API_TOKEN: 't' })).toEqual({
      variable: 'CARESOFT_DOMAIN',
      problem: 'missing',
    });
    expect(
      problem({
        ...openPhoneOnly,
        CARESOFT_DOMAIN: '../admin',
        CARESOFT_API_TOKEN: 't',
        CARESOFT_WEBHOOK_SECRET: 's',
      }),
    ).toEqual({ variable: 'CARESOFT_DOMAIN', problem: 'malformed' });
    expect(problem({ ...openPhoneOnly, PORT: '70000' })).toEqual({
      variable: 'PORT',
      problem: 'malformed',
    });
    expect(problem({ ...openPhoneOnly, SYNC_CREATE_CONTACTS: 'perhaps' })).toEqual({
      variable: 'SYNC_CREATE_CONTACTS',
      problem: 'malformed',
    });
  });

  it('allows plain http for an API base only on a loopback address', () => {
    expect(
      readSyncConfig({ ...openPhoneOnly, HUBSPOT_API_BASE: 'http://127.0.0.1:9027/' }).ok,
    ).toBe(true);
    expect(
      readSyncConfig({ ...openPhoneOnly, OPENPHONE_API_BASE: 'http://localhost:9028' }).ok,
    ).toBe(true);
    expect(problem({ ...openPhoneOnly, HUBSPOT_API_BASE: 'http://api.hubapi.com' })).toEqual({
      variable: 'HUBSPOT_API_BASE',
      problem: 'not-https',
    });
    expect(
      problem({ ...openPhoneOnly, OPENPHONE_API_BASE: 'http://127.0.0.1.example.com' }),
    ).toEqual({ variable: 'OPENPHONE_API_BASE', problem: 'not-https' });
    expect(
      problem({ ...openPhoneOnly, HUBSPOT_API_BASE: 'https://user:pw@api.hubapi.com' }),
    ).toEqual({ variable: 'HUBSPOT_API_BASE', problem: 'malformed' });
  });

  it('never puts a value in the line it prints', () => {
    const line = describeConfigProblem(
      problem({ ...openPhoneOnly, OPENPHONE_WEBHOOK_SIGNING_KEY: 'secret-but-not-base64' }),
    );
    expect(line).toBe('sync: OPENPHONE_WEBHOOK_SIGNING_KEY is malformed');
  });
});

const entry = fileURLToPath(new URL('../../src/sync/node.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function runNode(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsx, [entry], { env: { PATH: process.env.PATH ?? '', ...env } });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.on('close', (code) => resolve({ code, stderr, stdout }));
  });
}

describe('npm run sync (the Node entry)', () => {
  it('exits with status 2 and one line naming a missing variable', async () => {
    const run = await runNode({ OPENPHONE_API_KEY: secrets.openPhoneKey });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('sync: HUBSPOT_ACCESS_TOKEN is not set\n');
  }, 30_000);

  it('exits with status 2 on a malformed variable, and prints no secret', async () => {
    const run = await runNode({ ...openPhoneOnly, HUBSPOT_API_BASE: 'http://hubspot.example' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'sync: HUBSPOT_API_BASE must be an https URL (plain http only for a loopback address)\n',
    );
    for (const secret of Object.values(secrets))
      expect(run.stderr + run.stdout).not.toContain(secret);
  }, 30_000);
});
