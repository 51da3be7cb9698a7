import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/hubspot-settings';
import {
  describeHubSpotError,
  scrubSecret,
} from '../../src/cli/hubspot-settings/describe-hubspot-error';
import { parseSettingsArgs, type SettingsArgs } from '../../src/cli/hubspot-settings/settings-args';

const APP_ID = '4815162';
const KEY = 'dev-key-5b1e77c0-9f2d-4a4e-bb31-secret';
const ENV = { HUBSPOT_APP_ID: APP_ID, HUBSPOT_DEVELOPER_API_KEY: KEY };
const SETTINGS_URL = `https://api.hubapi.com/crm/v3/extensions/calling/${APP_ID}/settings?hapikey=${KEY}`;

function request(argv: string[], env: Record<string, string | undefined> = ENV) {
  const args = parseSettingsArgs(argv, env);
  if (args.kind !== 'request') throw new Error(`expected a request, got ${JSON.stringify(args)}`);
  return args;
}

function usageError(argv: string[], env: Record<string, string | undefined> = ENV): string {
  const args = parseSettingsArgs(argv, env);
  if (args.kind !== 'usage-error') throw new Error(`expected a usage error, got ${args.kind}`);
  return args.message;
}

function bodyOf(args: SettingsArgs): unknown {
  return args.kind === 'request' && 'body' in args ? JSON.stringify(args.body) : undefined;
}

describe('parseSettingsArgs', () => {
  it('plans a GET of the app settings with the key as hapikey', () => {
    const plan = request(['get']);
    expect(plan).toMatchObject({ command: 'get', method: 'GET', url: SETTINGS_URL, appId: APP_ID });
    expect('body' in plan).toBe(false);
  });

  it('plans a DELETE with no body', () => {
    const plan = request(['delete']);
    expect(plan).toMatchObject({ method: 'DELETE', url: SETTINGS_URL });
    expect('body' in plan).toBe(false);
  });

  it('creates with the seed example size (400×600) and not ready when those are omitted', () => {
    const plan = request(['create', '--name', 'Handoff', '--url', 'https://x/']);
    expect(plan.method).toBe('POST');
    expect(bodyOf(plan)).toBe(
      '{"name":"Handoff","url":"https://x/","width":400,"height":600,"isReady":false}',
    );
  });

  it('accepts the seed curl example payload as options', () => {
    const plan = request([
      'create',
      '--name',
      'demo widget',
      '--url',
      'https://mywidget.com/widget',
      '--height',
      '600',
      '--width',
      '400',
      '--not-ready',
    ]);
    expect(JSON.parse(bodyOf(plan) as string)).toEqual({
      name: 'demo widget',
      url: 'https://mywidget.com/widget',
      height: 600,
      width: 400,
      isReady: false,
    });
  });

  it('orders the body as HubSpot documents it, whatever the order of the options', () => {
    const plan = request([
      'create',
      '--uses-remote',
      '--ready',
      '--height=700',
      '--url=https://w.example/',
      '--supports-custom-objects',
      '--width=320',
      '--name=Handoff',
    ]);
    expect(bodyOf(plan)).toBe(
      '{"name":"Handoff","url":"https://w.example/","width":320,"height":700,"isReady":true,"supportsCustomObjects":true,"usesRemote":true}',
    );
  });

  it('updates only what is given: update --ready sends {"isReady":true}', () => {
    const plan = request(['update', '--ready']);
    expect(plan.method).toBe('PATCH');
    expect(bodyOf(plan)).toBe('{"isReady":true}');
  });

  it('maps every boolean option pair onto its documented field', () => {
    const on = request([
      'update',
      '--supports-custom-objects',
      '--supports-inbound-calling',
      '--uses-remote',
      '--uses-calling-window',
    ]);
    expect(bodyOf(on)).toBe(
      '{"supportsCustomObjects":true,"supportsInboundCalling":true,"usesRemote":true,"usesCallingWindow":true}',
    );
    const off = request([
      'update',
      '--not-ready',
      '--no-supports-custom-objects',
      '--no-supports-inbound-calling',
      '--no-uses-remote',
      '--no-uses-calling-window',
    ]);
    expect(bodyOf(off)).toBe(
      '{"isReady":false,"supportsCustomObjects":false,"supportsInboundCalling":false,"usesRemote":false,"usesCallingWindow":false}',
    );
  });

  it('URL-encodes the key in the query string', () => {
    const plan = request(['get'], { ...ENV, HUBSPOT_DEVELOPER_API_KEY: 'a&b=c d' });
    expect(new URL(plan.url).searchParams.get('hapikey')).toBe('a&b=c d');
    expect(new URL(plan.url).search).toBe('?hapikey=a%26b%3Dc+d');
  });

  it('takes the base URL from HUBSPOT_API_BASE, without a trailing slash', () => {
    const plan = request(['get'], { ...ENV, HUBSPOT_API_BASE: 'http://127.0.0.1:8123/proxy/' });
    expect(plan.url).toBe(
      `http://127.0.0.1:8123/proxy/crm/v3/extensions/calling/${APP_ID}/settings?hapikey=${KEY}`,
    );
    expect(plan.apiBase).toBe('http://127.0.0.1:8123/proxy');
  });

  it('answers --help with the usage', () => {
    expect(parseSettingsArgs(['--help'], {})).toEqual({ kind: 'help' });
    expect(parseSettingsArgs(['create', '-h'], {})).toEqual({ kind: 'help' });
  });

  it.each([
    [[], 'say which command'],
    [['list'], 'unknown command "list"'],
    [['--ready'], 'the command comes first'],
    [['create', '--url', 'https://x/'], 'create needs --name'],
    [['create', '--name', 'Handoff'], 'create needs --url'],
    [['create', '--name', '  ', '--url', 'https://x/'], '--name must not be empty'],
    [['update'], 'update needs at least one setting'],
    [['get', '--ready'], 'get takes no settings options'],
    [['delete', '--name', 'x'], 'delete takes no settings options'],
    [['update', '--ready', '--not-ready'], '--not-ready conflicts'],
    [['update', '--width', '1', '--width', '2'], '--width conflicts'],
    [['update', '--ready=yes'], '--ready takes no value'],
    [['update', '--name'], '--name needs a value'],
    [['create', '--name', '--url', 'https://x/'], '--name needs a value'],
    [['update', 'extra'], 'unexpected argument "extra"'],
    [['update', '--colour', 'red'], 'unknown option --colour'],
  ])('refuses %j: %s', (argv, expected) => {
    expect(usageError(argv)).toContain(expected);
  });

  it.each(['http://widget.example/', 'ftp://widget.example/', 'javascript:alert(1)'])(
    'refuses the widget URL %s',
    (url) => {
      expect(usageError(['update', '--url', url])).toBe(
        '--url must use https (http is accepted only for localhost)',
      );
    },
  );

  it('refuses a widget URL that is not absolute', () => {
    expect(usageError(['update', '--url', 'widget.html'])).toContain(
      '--url must be an absolute URL',
    );
  });

  it.each(['http://localhost:9025/', 'http://127.0.0.1:9025/', 'http://[::1]:9025/'])(
    'accepts the local widget URL %s',
    (url) => {
      expect(bodyOf(request(['update', '--url', url]))).toBe(JSON.stringify({ url }));
    },
  );

  it.each(['0', '-1', '1.5', '1e3', 'abc', '', '007', '2147483648'])(
    'refuses the size "%s"',
    (size) => {
      expect(usageError(['update', '--height', size])).toContain(
        '--height must be a positive whole number',
      );
    },
  );

  it.each([
    [{ HUBSPOT_DEVELOPER_API_KEY: KEY }, 'set HUBSPOT_APP_ID'],
    [{ ...ENV, HUBSPOT_APP_ID: '12a' }, 'HUBSPOT_APP_ID must be digits only'],
    [{ ...ENV, HUBSPOT_APP_ID: '../1' }, 'HUBSPOT_APP_ID must be digits only'],
    [{ HUBSPOT_APP_ID: APP_ID }, 'set HUBSPOT_DEVELOPER_API_KEY'],
    [{ ...ENV, HUBSPOT_API_BASE: 'not a url' }, 'HUBSPOT_API_BASE must be an absolute'],
    [{ ...ENV, HUBSPOT_API_BASE: 'http://proxy.example' }, 'HUBSPOT_API_BASE must use https'],
    [{ ...ENV, HUBSPOT_API_BASE: 'https://p.example/?a=1' }, 'must not carry a query'],
  ])('refuses the environment %j', (env, expected) => {
    expect(usageError(['get'], env)).toContain(expected);
  });

  it.each([
    'https://proxy.example',
    'https://api.hubapi.com.evil.example',
    'https://evil-api.hubapi.com',
    'https://hubapi.com',
    'https://api.hubapi.com:8443',
    'https://app.hubspot.com',
    'https://api.hubapi.com@evil.example',
  ])('refuses to send the developer key to %s', (apiBase) => {
    expect(usageError(['get'], { ...ENV, HUBSPOT_API_BASE: apiBase })).toContain(
      "HUBSPOT_API_BASE must be HubSpot's API",
    );
  });

  it.each([
    'https://api.hubapi.com',
    'https://api-eu1.hubapi.com/',
    'https://api-ap1.hubapi.com',
    'http://localhost:8123',
    'https://127.0.0.1:8123/stand-in',
    'http://[::1]:8123',
  ])('sends to HubSpot or this machine: %s', (apiBase) => {
    expect(request(['get'], { ...ENV, HUBSPOT_API_BASE: apiBase }).apiBase).toBe(
      apiBase.replace(/\/$/, ''),
    );
  });

  it('never echoes what follows "=" in an unknown option', () => {
    expect(usageError(['get', `--hapikey=${KEY}`])).toBe('unknown option --hapikey');
  });

  it('sends any non-blank name and any int32 size back out unchanged', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && !s.startsWith('--')),
        fc.integer({ min: 1, max: 2_147_483_647 }),
        fc.integer({ min: 1, max: 2_147_483_647 }),
        fc.boolean(),
        (name, width, height, ready) => {
          const plan = request([
            'create',
            '--name',
            name,
            '--url',
            'https://x/',
            '--width',
            String(width),
            '--height',
            String(height),
            ready ? '--ready' : '--not-ready',
          ]);
          expect(JSON.parse(bodyOf(plan) as string)).toEqual({
            name,
            url: 'https://x/',
            width,
            height,
            isReady: ready,
          });
        },
      ),
    );
  });

  it('answers any argument list with a plan, help or a usage error, never a throw', () => {
    const words = fc.oneof(
      fc.constantFrom('get', 'create', 'update', 'delete', '--ready', '--name', '--url', '--width'),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }), (argv) => {
        expect(['request', 'help', 'usage-error']).toContain(parseSettingsArgs(argv, ENV).kind);
      }),
    );
  });
});

describe('describeHubSpotError', () => {
  it('says the developer API key was refused on 401', () => {
    expect(describeHubSpotError(401, '')).toMatch(
      /^HubSpot refused the developer API key \(401\): check HUBSPOT_DEVELOPER_API_KEY/,
    );
  });

  it('suggests create on 404', () => {
    expect(describeHubSpotError(404, '{"status":"error","message":"Not found"}')).toBe(
      'HubSpot has no calling settings for this app yet (404): run `create` first, or check HUBSPOT_APP_ID. HubSpot said: Not found',
    );
  });

  it('suggests update on 409', () => {
    expect(describeHubSpotError(409, '')).toBe(
      'Calling settings already exist for this app (409): use `update` to change them.',
    );
  });

  it("shows HubSpot's message and correlation id for other statuses", () => {
    const body = JSON.stringify({
      status: 'error',
      message: 'Invalid input JSON:\n  width must be an integer',
      correlationId: 'c0ffee-42',
      category: 'VALIDATION_ERROR',
    });
    expect(describeHubSpotError(400, body)).toBe(
      'HubSpot answered 400: Invalid input JSON: width must be an integer (correlation id c0ffee-42)',
    );
  });

  it.each(['', '<html>Bad gateway</html>', '"text"', '{"message":42}', 'null'])(
    'says no reason was given when the body is %j',
    (body) => {
      expect(describeHubSpotError(502, body)).toBe('HubSpot answered 502 without saying why.');
    },
  );
});

describe('scrubSecret', () => {
  it('hides the key raw and URL-encoded', () => {
    expect(scrubSecret('k=a b&c, a%20b%26c, a+b%26c', 'a b&c')).toBe('k=***, ***, ***');
  });

  it('leaves text alone when there is no key', () => {
    expect(scrubSecret('hello', '')).toBe('hello');
  });

  it('leaves no copy of any key in any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), fc.string(), (before, key, after) => {
        const text = `${before}${key}${after}?hapikey=${encodeURIComponent(key)}`;
        expect(scrubSecret(text, key)).not.toContain(key);
      }),
    );
  });
});

describe('main', () => {
  function capture() {
    const out: string[] = [];
    const err: string[] = [];
    return {
      out,
      err,
      io: (fetch: typeof globalThis.fetch) => ({
        fetch,
        stdout: (t: string) => out.push(t),
        stderr: (t: string) => err.push(t),
      }),
    };
  }

  it('scrubs the key from a network error that embeds the URL', async () => {
    const c = capture();
    const failing = async (input: RequestInfo | URL) => {
      throw new TypeError('fetch failed', { cause: new Error(`cannot reach ${String(input)}`) });
    };
    const code = await main(['get'], ENV, c.io(failing));
    expect(code).toBe(1);
    expect(c.err.join('')).toContain('could not reach HubSpot at https://api.hubapi.com');
    expect(c.err.join('')).toContain('hapikey=***');
    expect(c.err.join('')).not.toContain(KEY);
  });

  it('exits 1 when a success carries a body that is not JSON', async () => {
    const c = capture();
    const code = await main(
      ['get'],
      ENV,
      c.io(async () => new Response('<html/>')),
    );
    expect(code).toBe(1);
    expect(c.err.join('')).toBe(
      'hubspot:settings: HubSpot answered 200 with a body that is not JSON.\n',
    );
    expect(c.out).toEqual([]);
  });

  it('asks fetch not to follow redirects', async () => {
    const c = capture();
    let redirect: RequestRedirect | undefined;
    await main(
      ['update', '--ready'],
      ENV,
      c.io(async (_, init) => {
        redirect = init?.redirect;
        return Response.json({});
      }),
    );
    expect(redirect).toBe('manual');
  });

  it('gives up when HubSpot does not answer in time', async () => {
    const c = capture();
    const hanging = (_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const code = await main(['get'], ENV, { ...c.io(hanging), timeoutMs: 10 });
    expect(code).toBe(1);
    expect(c.err.join('')).toBe(
      'hubspot:settings: HubSpot did not answer in time (https://api.hubapi.com).\n',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The real CLI, as `npm run hubspot:settings` starts it, against a loopback HTTP server.

interface Recorded {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType: string | undefined;
  body: string;
}

type Reply = { status: number; body?: unknown; location?: string };

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const CLI_TIMEOUT = 30_000;

let server: Server;
let base: string;
let recorded: Recorded[] = [];
let reply: Reply = { status: 200, body: {} };

function handle(req: IncomingMessage, res: ServerResponse) {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    recorded.push({
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      contentType: req.headers['content-type'],
      body: Buffer.concat(chunks).toString('utf8'),
    });
    if (reply.location !== undefined) {
      res.writeHead(reply.status, { location: reply.location }).end();
    } else if (reply.body === undefined) {
      res.writeHead(reply.status).end();
    } else {
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.body));
    }
  });
}

function listen(s: Server): Promise<number> {
  return new Promise((resolve) => {
    s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port));
  });
}

type CliRun = { code: number | null; stdout: string; stderr: string };

/**
 * Runs the CLI's `main` in this process, as its entry point does, with `env` for the whole
 * environment: the same code as `npm run hubspot:settings`, without starting Node and tsx
 * for each case (two cases below do that, as an admin would).
 */
async function runCli(
  argv: string[],
  env: Record<string, string> = { ...ENV, HUBSPOT_API_BASE: base },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    // A clean environment: nothing of the developer's own HubSpot settings leaks in.
    { PATH: process.env.PATH ?? '', ...env },
    {
      fetch: globalThis.fetch,
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
    },
  );
  return { code, stdout, stderr };
}

/** Runs the CLI as `npm run hubspot:settings` does: a Node process of its own, through tsx. */
function spawnCli(
  argv: string[],
  env: Record<string, string> = { ...ENV, HUBSPOT_API_BASE: base },
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/hubspot-settings.ts', ...argv],
      {
        cwd: repoRoot,
        // A clean environment: nothing of the developer's own HubSpot settings leaks in.
        env: { PATH: process.env.PATH ?? '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const SETTINGS = {
  name: 'Handoff',
  url: 'https://x/',
  width: 400,
  height: 600,
  isReady: false,
  supportsCustomObjects: false,
  createdAt: '2026-11-21T10:00:00Z',
  updatedAt: '2026-11-21T10:00:00Z',
};
const PATH = `/crm/v3/extensions/calling/${APP_ID}/settings`;

describe('hubspot:settings CLI', () => {
  beforeAll(async () => {
    server = createServer(handle);
    base = `http://127.0.0.1:${await listen(server)}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    recorded = [];
    reply = { status: 200, body: SETTINGS };
  });

  it(
    'create POSTs the settings and prints what HubSpot returns (as its own process)',
    async () => {
      const run = await spawnCli([
        'create',
        '--name',
        'Handoff',
        '--url',
        'https://x/',
        '--not-ready',
      ]);
      expect(recorded).toEqual([
        {
          method: 'POST',
          path: PATH,
          query: { hapikey: KEY },
          contentType: 'application/json',
          body: '{"name":"Handoff","url":"https://x/","width":400,"height":600,"isReady":false}',
        },
      ]);
      expect(run).toEqual({
        code: 0,
        stdout: `${JSON.stringify(SETTINGS, null, 2)}\n`,
        stderr: '',
      });
    },
    CLI_TIMEOUT,
  );

  it(
    'update --ready PATCHes {"isReady":true}',
    async () => {
      reply = { status: 200, body: { ...SETTINGS, isReady: true } };
      const run = await runCli(['update', '--ready']);
      expect(recorded).toEqual([
        {
          method: 'PATCH',
          path: PATH,
          query: { hapikey: KEY },
          contentType: 'application/json',
          body: '{"isReady":true}',
        },
      ]);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({ ...SETTINGS, isReady: true });
    },
    CLI_TIMEOUT,
  );

  it(
    'get GETs with no body and prints the settings',
    async () => {
      const run = await runCli(['get']);
      expect(recorded).toEqual([
        { method: 'GET', path: PATH, query: { hapikey: KEY }, contentType: undefined, body: '' },
      ]);
      expect(run).toEqual({
        code: 0,
        stdout: `${JSON.stringify(SETTINGS, null, 2)}\n`,
        stderr: '',
      });
    },
    CLI_TIMEOUT,
  );

  it(
    'delete sends DELETE and confirms with a short JSON',
    async () => {
      reply = { status: 204 };
      const run = await runCli(['delete']);
      expect(recorded).toEqual([
        { method: 'DELETE', path: PATH, query: { hapikey: KEY }, contentType: undefined, body: '' },
      ]);
      expect(run).toEqual({
        code: 0,
        stdout: `{\n  "appId": "${APP_ID}",\n  "deleted": true\n}\n`,
        stderr: '',
      });
    },
    CLI_TIMEOUT,
  );

  it(
    'explains a refused key (401) without repeating it, even when HubSpot does',
    async () => {
      reply = { status: 401, body: { status: 'error', message: `The API key ${KEY} is invalid` } };
      const run = await runCli(['get']);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        /^hubspot:settings: HubSpot refused the developer API key \(401\): .* HubSpot said: The API key \*\*\* is invalid\n$/,
      );
      expect(run.stderr).not.toContain(KEY);
    },
    CLI_TIMEOUT,
  );

  it(
    'suggests create when there are no settings yet (404)',
    async () => {
      reply = { status: 404, body: { status: 'error', message: 'Not found' } };
      const run = await runCli(['get']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('(404): run `create` first');
      expect(run.stdout).toBe('');
    },
    CLI_TIMEOUT,
  );

  it(
    'suggests update when settings already exist (409)',
    async () => {
      reply = { status: 409, body: { status: 'error', message: 'Conflict' } };
      const run = await runCli(['create', '--name', 'Handoff', '--url', 'https://x/']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('(409): use `update` to change them');
      expect(run.stdout).toBe('');
    },
    CLI_TIMEOUT,
  );

  it(
    "shows HubSpot's message for any other refusal",
    async () => {
      reply = { status: 400, body: { status: 'error', message: 'width must be at most 1000' } };
      const run = await runCli(['update', '--width', '5000']);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        'hubspot:settings: HubSpot answered 400: width must be at most 1000\n',
      );
    },
    CLI_TIMEOUT,
  );

  it(
    'exits 2 with one line on stderr on bad usage, sending nothing (as its own process)',
    async () => {
      const run = await spawnCli([
        'create',
        '--name',
        'Handoff',
        '--url',
        'http://widget.example/',
      ]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        'hubspot:settings: --url must use https (http is accepted only for localhost) (see --help)\n',
      );
      expect(recorded).toEqual([]);
    },
    CLI_TIMEOUT,
  );

  it(
    'exits 2 when the app id is not digits, sending nothing',
    async () => {
      const run = await runCli(['get'], {
        ...ENV,
        HUBSPOT_APP_ID: '12/../34',
        HUBSPOT_API_BASE: base,
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        'hubspot:settings: HUBSPOT_APP_ID must be digits only (see --help)\n',
      );
      expect(recorded).toEqual([]);
    },
    CLI_TIMEOUT,
  );

  it(
    'reports a closed port as a network failure (exit 1) without the key',
    async () => {
      const closed = createServer();
      const port = await listen(closed);
      await new Promise((resolve) => closed.close(resolve));
      const run = await runCli(['get'], { ...ENV, HUBSPOT_API_BASE: `http://127.0.0.1:${port}` });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        new RegExp(
          `^hubspot:settings: could not reach HubSpot at http://127\\.0\\.0\\.1:${port}: `,
        ),
      );
      expect(run.stderr).toContain('ECONNREFUSED');
      expect(run.stderr).not.toContain(KEY);
    },
    CLI_TIMEOUT,
  );

  it.each([301, 302, 307, 308])(
    'refuses a %i redirect (exit 1): the PATCH is sent once, never replayed elsewhere',
    async (status) => {
      const elsewhere: Recorded[] = [];
      const other = createServer((req, res) => {
        elsewhere.push({
          method: req.method ?? '',
          path: req.url ?? '',
          query: {},
          contentType: undefined,
          body: '',
        });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
      const otherPort = await listen(other);
      try {
        reply = {
          status,
          location: `http://127.0.0.1:${otherPort}${PATH}?hapikey=${KEY}`,
        };
        const run = await runCli(['update', '--ready']);
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(
          `hubspot:settings: ${base} answered ${status} to http://127.0.0.1:${otherPort}, which is not followed: the key and the request would go with it. Set HUBSPOT_API_BASE to HubSpot's API host.\n`,
        );
        expect(recorded.map((request) => request.method)).toEqual(['PATCH']);
        expect(elsewhere).toEqual([]);
      } finally {
        await new Promise((resolve) => other.close(resolve));
      }
    },
    CLI_TIMEOUT,
  );

  it(
    'never prints the key, whatever the outcome',
    async () => {
      const outcomes: Reply[] = [
        { status: 200, body: { ...SETTINGS, note: `hapikey=${KEY}` } },
        { status: 500, body: { message: `failed for ${base}${PATH}?hapikey=${KEY}` } },
        { status: 401, body: { message: `unknown key ${encodeURIComponent(KEY)}` } },
      ];
      for (const outcome of outcomes) {
        reply = outcome;
        const run = await runCli(['update', '--ready']);
        expect(`${run.stdout}${run.stderr}`).not.toContain(KEY);
        expect(`${run.stdout}${run.stderr}`).toContain('***');
      }
    },
    CLI_TIMEOUT,
  );
});
