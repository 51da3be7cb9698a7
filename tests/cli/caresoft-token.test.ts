import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  type CliIo,
  careSoftTokenHint,
  main,
  mintCareSoftToken,
  parseCareSoftTokenArgs,
} from '../../src/cli/caresoft-token';
import { careSoftLoginUrl } from '../../src/handoff/caresoft';

// Distinctive, so that finding it in any output cannot be a coincidence.
const secret = 'Sx9-voice-api-token-of-the-test-account';
const key = new TextEncoder().encode(secret);
const jwtLine = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\n$/;

describe('parseCareSoftTokenArgs', () => {
  it('reads an extension, with the secret from the environment and a 90-day life by default', () => {
    expect(parseCareSoftTokenArgs(['--ipphone', '1001'])).toEqual({
      kind: 'mint',
      request: {
        ipphone: '1001',
        expiresInSeconds: 90 * 86_400,
        secretFrom: 'environment',
        login: null,
      },
    });
  });

  it('makes a token that never expires only when told --expires-in never', () => {
    expect(parseCareSoftTokenArgs(['--ipphone', '1001', '--expires-in', 'never'])).toMatchObject({
      kind: 'mint',
      request: { expiresInSeconds: null },
    });
  });

  it('accepts a life of five years (1826 days), the most it gives', () => {
    expect(parseCareSoftTokenArgs(['--ipphone', '1001', '--expires-in', '1826d'])).toMatchObject({
      request: { expiresInSeconds: 1826 * 86_400 },
    });
  });

  it('reads every option', () => {
    expect(
      parseCareSoftTokenArgs([
        '--ipphone=1001',
        '--expires-in',
        '30d',
        '--domain',
        'test',
        '--link-mode',
        'dynamic-link',
        '--secret-stdin',
      ]),
    ).toEqual({
      kind: 'mint',
      request: {
        ipphone: '1001',
        expiresInSeconds: 30 * 86_400,
        secretFrom: 'stdin',
        login: { domain: 'test', linkMode: 'dynamic-link' },
      },
    });
  });

  it('makes direct login links unless told otherwise', () => {
    expect(parseCareSoftTokenArgs(['--ipphone', '1001', '--domain', 'test'])).toMatchObject({
      request: { login: { domain: 'test', linkMode: 'direct' } },
    });
  });

  it.each([['--help'], ['-h']])('asks for help with %s', (flag) => {
    expect(parseCareSoftTokenArgs([flag])).toEqual({ kind: 'help' });
  });

  it.each([
    ['no --ipphone', [], /--ipphone is required/],
    ['an --ipphone without value', ['--ipphone'], /--ipphone needs a value/],
    ['an --ipphone followed by another option', ['--ipphone', '--domain', 'test'], /needs a value/],
    ['an --ipphone with spaces', ['--ipphone', '10 01'], /digits only/],
    ['an --ipphone with letters', ['--ipphone', 'agent1'], /digits only/],
    ['an --ipphone with a sign', ['--ipphone', '+1001'], /digits only/],
    ['an --ipphone of 16 digits', ['--ipphone', '1234567890123456'], /at most 15/],
    ['a life past five years', ['--ipphone', '1', '--expires-in', '1827d'], /at most 1826d/],
    ['a life of 99999999999 days', ['--ipphone', '1', '--expires-in', '99999999999d'], /at most/],
    ['a life of 9999 weeks', ['--ipphone', '1', '--expires-in', '9999w'], /at most/],
    ['a duration without unit', ['--ipphone', '1', '--expires-in', '30'], /--expires-in/],
    ['a duration in words', ['--ipphone', '1', '--expires-in', 'abc'], /--expires-in/],
    ['a negative duration', ['--ipphone', '1', '--expires-in=-1d'], /--expires-in/],
    ['a zero duration', ['--ipphone', '1', '--expires-in', '0d'], /--expires-in/],
    ['an unknown link mode', ['--ipphone', '1', '--link-mode', 'firebase'], /--link-mode/],
    ['an unknown option', ['--ipphone', '1', '--ipfone', '2'], /unknown option --ipfone/],
    ['a value given to a switch', ['--ipphone', '1', '--secret-stdin=yes'], /takes no value/],
    ['a stray argument', ['--ipphone', '1', 'extra'], /unexpected argument/],
  ])('refuses %s', (_, args, message) => {
    const parsed = parseCareSoftTokenArgs(args);
    expect(parsed.kind).toBe('usage-error');
    expect(parsed.kind === 'usage-error' && parsed.message).toMatch(message);
  });

  it.each([['--secret', secret], [`--secret=${secret}`]])(
    'refuses %s and says why a secret is never an argument',
    (...args) => {
      const parsed = parseCareSoftTokenArgs(['--ipphone', '1001', ...args]);
      expect(parsed).toEqual({
        kind: 'usage-error',
        message: expect.stringMatching(/shell history/),
      });
      expect(JSON.stringify(parsed)).not.toContain(secret);
    },
  );

  it('never repeats in an error a value it was given', () => {
    const values = fc
      .string({ unit: fc.constantFrom(...'abcXYZ0189_+/='), minLength: 6 })
      .filter((value) => !/^\d+[smhdw]$/.test(value));
    const misuses = fc.oneof(
      values.map((value) => ['--ipphone', '1001', value]),
      values.map((value) => ['--secret', value]),
      values.map((value) => [`--secret=${value}`]),
      values.map((value) => ['--ipphone', '1001', '--expires-in', value]),
      values.map((value) => ['--ipphone', '1001', '--link-mode', value]),
      values.map((value) => ['--ipphone', '1001', `--bogus=${value}`]),
      values.map((value) => ['--ipphone', `-${value}`]),
      values.filter((value) => /\D/.test(value)).map((value) => [`--ipphone=${value}`]),
    );
    fc.assert(
      fc.property(misuses, (args) => {
        const parsed = parseCareSoftTokenArgs(args);
        expect(parsed.kind).toBe('usage-error');
        const value = args.at(-1)?.replace(/^-+[a-z-]*=?/, '') ?? '';
        expect(parsed.kind === 'usage-error' && parsed.message).not.toContain(value);
      }),
    );
  });
});

describe('mintCareSoftToken', () => {
  it('signs exactly {"ipphone"} with HS256 under the header jwt.io writes', async () => {
    const token = await mintCareSoftToken({ secret, ipphone: '1001', expiresAt: null });
    const { payload, protectedHeader } = await jwtVerify(token, key, { algorithms: ['HS256'] });
    expect(payload).toEqual({ ipphone: '1001' });
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' });
  });

  it('adds exp, and nothing else, when the token expires', async () => {
    const expiresAt = Math.floor(Date.now() / 1000) + 3600;
    const token = await mintCareSoftToken({ secret, ipphone: '1001', expiresAt });
    const { payload } = await jwtVerify(token, key);
    expect(payload).toEqual({ ipphone: '1001', exp: expiresAt });
  });

  it('signs any extension so that it verifies and reads back the same', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), async (ipphone) => {
        const token = await mintCareSoftToken({ secret, ipphone, expiresAt: null });
        expect((await jwtVerify(token, key)).payload).toEqual({ ipphone });
      }),
      { numRuns: 30 },
    );
  });
});

describe('careSoftTokenHint', () => {
  it('says whose token it is and that it never expires', () => {
    expect(careSoftTokenHint({ ipphone: '1001', expiresAt: null, loginUrl: null })).toMatch(
      /^CsCall token for extension 1001, never expires\./,
    );
  });

  it('gives the expiry as a date', () => {
    expect(
      careSoftTokenHint({
        ipphone: '1001',
        expiresAt: Date.UTC(2026, 1, 14) / 1000,
        loginUrl: null,
      }),
    ).toContain('expires 2026-02-14T00:00:00.000Z');
  });

  it('points at --domain when there is no login link to show', () => {
    expect(careSoftTokenHint({ ipphone: '1001', expiresAt: null, loginUrl: null })).toContain(
      '--domain',
    );
  });

  it('shows the login link and a QR code of it', () => {
    const loginUrl = careSoftLoginUrl({ token: 't.o.k', domain: 'test' });
    const hint = careSoftTokenHint({ ipphone: '1001', expiresAt: null, loginUrl });
    expect(hint).toContain(`\n${loginUrl}\n`);
    expect(hint).toMatch(/[█▀▄]{7}/);
  });
});

/** A stand-in for the process, recording what main writes. */
function fakeIo(overrides: Partial<CliIo>) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    args: [],
    env: {},
    stdinIsTerminal: false,
    readStdin: async () => '',
    now: () => Date.UTC(2026, 0, 15),
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    ...overrides,
  };
  return { io, out };
}

describe('main', () => {
  it('refuses to wait for a secret typed on the terminal', async () => {
    let read = false;
    const { io, out } = fakeIo({
      args: ['--ipphone', '1001', '--secret-stdin'],
      stdinIsTerminal: true,
      readStdin: async () => {
        read = true;
        return secret;
      },
    });
    expect(await main(io)).toBe(2);
    expect(read).toBe(false);
    expect(out.stderr).toMatch(/reads a pipe/);
  });

  it('says in English why a domain is refused, and prints no token', async () => {
    const { io, out } = fakeIo({
      args: ['--ipphone', '1001', '--domain', 'test.caresoft.vn'],
      env: { CARESOFT_API_VOICE_TOKEN: secret },
    });
    expect(await main(io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      'caresoft:token: Enter only the CareSoft domain name, not a web address: for https://caresoft.vn/khachhang01 that is khachhang01.\n',
    );
  });

  it('counts the expiry from the clock it is given', async () => {
    const { io, out } = fakeIo({
      args: ['--ipphone', '1001', '--expires-in', '1h'],
      env: { CARESOFT_API_VOICE_TOKEN: secret },
    });
    expect(await main(io)).toBe(0);
    const { payload } = await jwtVerify(out.stdout.trim(), key, {
      currentDate: new Date(Date.UTC(2026, 0, 15)),
    });
    expect(payload.exp).toBe(Date.UTC(2026, 0, 15, 1) / 1000);
  });
});

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../src/cli/caresoft-token.ts', import.meta.url));

type Run = { status: number | null; stdout: string; stderr: string };
type RunOptions = { env?: Record<string, string>; stdin?: string };

/** Whatever the case, the secret must not come back out. */
function withoutSecret(result: Run): Run {
  if (`${result.stdout}${result.stderr}`.includes(secret)) {
    throw new Error('the CLI printed the secret');
  }
  return result;
}

/**
 * Runs the CLI's `main` in this process, as its entry point does: a clean environment (only
 * PATH and what the test gives), stdin a pipe holding `stdin`, the real clock. The same code
 * as `npm run caresoft:token`, without starting Node and tsx for each case (`spawnCli` does,
 * for the cases that need a process of their own).
 */
async function run(args: string[], { env = {}, stdin = '' }: RunOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await main({
    args,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdinIsTerminal: false,
    readStdin: async () => stdin,
    now: Date.now,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return withoutSecret({ status, stdout, stderr });
}

/** Runs the CLI as an admin would, in a clean environment: only PATH and what the test gives. */
function spawnCli(args: string[], { env = {}, stdin = '' }: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => {
      try {
        resolve(withoutSecret({ status, stdout, stderr }));
      } catch (error) {
        reject(error);
      }
    });
    child.stdin.end(stdin);
  });
}

const withSecret = { env: { CARESOFT_API_VOICE_TOKEN: secret } };

describe.concurrent('npm run caresoft:token', { timeout: 30_000 }, () => {
  it('prints the token alone on stdout, signed with the secret from the environment (as its own process)', async () => {
    const { status, stdout, stderr } = await spawnCli(
      ['--ipphone', '1001', '--expires-in', 'never'],
      withSecret,
    );
    expect(status).toBe(0);
    expect(stdout).toMatch(jwtLine);
    const { payload } = await jwtVerify(stdout.trim(), key, { algorithms: ['HS256'] });
    expect(payload).toEqual({ ipphone: '1001' });
    expect(decodeProtectedHeader(stdout.trim())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(stderr).toContain('extension 1001');
  });

  it('makes the token expire 30 days from now with --expires-in 30d', async () => {
    const before = Math.floor(Date.now() / 1000);
    const { status, stdout } = await run(['--ipphone', '1001', '--expires-in', '30d'], withSecret);
    const after = Math.ceil(Date.now() / 1000);
    expect(status).toBe(0);
    const { payload } = await jwtVerify(stdout.trim(), key);
    expect(Object.keys(payload).sort()).toEqual(['exp', 'ipphone']);
    expect(payload.exp).toBeGreaterThanOrEqual(before + 30 * 86_400);
    expect(payload.exp).toBeLessThanOrEqual(after + 30 * 86_400);
  });

  it('makes the token expire in 90 days when no lifetime is given', async () => {
    const before = Math.floor(Date.now() / 1000);
    const { status, stdout, stderr } = await run(['--ipphone', '1001'], withSecret);
    const after = Math.ceil(Date.now() / 1000);
    expect(status).toBe(0);
    const { payload } = await jwtVerify(stdout.trim(), key);
    expect(payload.exp).toBeGreaterThanOrEqual(before + 90 * 86_400);
    expect(payload.exp).toBeLessThanOrEqual(after + 90 * 86_400);
    expect(stderr).toMatch(/expires \d{4}-\d\d-\d\dT/);
  });

  it('reads the secret from stdin with --secret-stdin, without its final newline (as its own process)', async () => {
    const { status, stdout } = await spawnCli(['--ipphone', '1001', '--secret-stdin'], {
      stdin: `${secret}\n`,
    });
    expect(status).toBe(0);
    expect((await jwtVerify(stdout.trim(), key)).payload).toMatchObject({ ipphone: '1001' });
  });

  it('prefers the secret on stdin to the environment when --secret-stdin is given', async () => {
    const { stdout } = await run(['--ipphone', '1001', '--secret-stdin'], {
      env: { CARESOFT_API_VOICE_TOKEN: 'another account' },
      stdin: secret,
    });
    expect((await jwtVerify(stdout.trim(), key)).payload).toMatchObject({ ipphone: '1001' });
  });

  it("shows the agent's login link and its QR code on stderr with --domain", async () => {
    const { status, stdout, stderr } = await run(
      ['--ipphone', '1001', '--domain', 'test'],
      withSecret,
    );
    expect(status).toBe(0);
    expect(stdout).toMatch(jwtLine);
    expect(stderr).toContain(
      `\nhttps://mapi.caresoft.vn/dangnhap?appToken=${stdout.trim()}&appDomain=test\n`,
    );
    expect(stderr).toMatch(/[█▀▄]{7}/);
  });

  it("shows CareSoft's documented page.link login link with --link-mode dynamic-link", async () => {
    const { stdout, stderr } = await run(
      ['--ipphone', '1001', '--domain', 'test', '--link-mode', 'dynamic-link'],
      withSecret,
    );
    expect(stderr).toContain(
      `\n${careSoftLoginUrl({ token: stdout.trim(), domain: 'test', linkMode: 'dynamic-link' })}\n`,
    );
  });

  it('prints its usage with --help', async () => {
    const { status, stdout } = await run(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Usage:');
    expect(stdout).toContain('--secret-stdin');
  });

  it.each([
    ['no secret in the environment', ['--ipphone', '1001'], {}],
    [
      'an empty secret in the environment',
      ['--ipphone', '1001'],
      { env: { CARESOFT_API_VOICE_TOKEN: '' } },
    ],
    [
      'nothing on stdin with --secret-stdin',
      ['--ipphone', '1001', '--secret-stdin'],
      { stdin: '\n' },
    ],
    ['no --ipphone', [], withSecret],
    ['a duration without unit', ['--ipphone', '1001', '--expires-in', '30'], withSecret],
    ['a duration in words', ['--ipphone', '1001', '--expires-in', 'abc'], withSecret],
    ['a negative duration', ['--ipphone', '1001', '--expires-in=-1d'], withSecret],
    ['a zero duration', ['--ipphone', '1001', '--expires-in', '0d'], withSecret],
    ['a duration past any date', ['--ipphone', '1001', '--expires-in', '99999999999d'], withSecret],
    ['a non-numeric extension', ['--ipphone', 'agent-1'], withSecret],
    ['an unknown option', ['--ipphone', '1001', '--verbose'], withSecret],
    ['the secret as an option', ['--ipphone', '1001', '--secret', secret], {}],
    ['the secret as an inline option', ['--ipphone', '1001', `--secret=${secret}`], {}],
    ['the secret as a stray argument', ['--ipphone', '1001', secret], {}],
    [
      'a domain that is a web address',
      ['--ipphone', '1001', '--domain', 'test.caresoft.vn'],
      withSecret,
    ],
    ['an unknown link mode', ['--ipphone', '1001', '--link-mode', 'firebase'], withSecret],
  ])('exits 2 with a one-line error and nothing on stdout for %s', async (_, args, options) => {
    const { status, stdout, stderr } = await run(args, options);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^caresoft:token: [^\n]+\n$/);
  });

  it('exits 2 with a one-line error as its own process, for a lifetime past any date', async () => {
    const { status, stdout, stderr } = await spawnCli(
      ['--ipphone', '1001', '--expires-in', '99999999999d'],
      withSecret,
    );
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^caresoft:token: [^\n]+\n$/);
  });
});
