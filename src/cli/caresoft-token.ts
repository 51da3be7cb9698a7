import { text } from 'node:stream/consumers';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { renderUnicodeCompact } from 'uqr';
import {
  type CareSoftLinkMode,
  careSoftLoginUrl,
  defaultCareSoftLinkMode,
} from '../handoff/caresoft';
import { HandoffError } from '../handoff/handoff-error';
import { translateIn } from '../i18n/i18n';
import { parseDuration } from './parse-duration';

/** What the admin asked for, once the command line is understood. */
export type CareSoftTokenRequest = {
  ipphone: string;
  expiresInSeconds: number | null;
  secretFrom: 'environment' | 'stdin';
  login: { domain: string; linkMode: CareSoftLinkMode } | null;
};

export type CareSoftTokenArgs =
  | { kind: 'help' }
  | { kind: 'mint'; request: CareSoftTokenRequest }
  | { kind: 'usage-error'; message: string };

const secretVariable = 'CARESOFT_API_VOICE_TOKEN';

const extensionPattern = /^[0-9]{1,15}$/;

/** A token is in every call link and QR code: unless told otherwise, it stops working. */
export const defaultExpiresIn = '90d';

/**
 * Five years: longer is no longer a lifetime but a mistake (`99999999999d` used to print a
 * token and then crash on its date). `never` says so explicitly.
 */
export const maxExpiresInSeconds = 1826 * 86_400;

const usage = `Mint the CsCall token of one CareSoft agent (an HS256 JWT of {"ipphone": …}).

Usage:
  ${secretVariable}=… npm run --silent caresoft:token -- --ipphone <extension> [options]
  printf %s "$SECRET" | npm run --silent caresoft:token -- --secret-stdin --ipphone <extension>

Options:
  --ipphone <extension>    the agent's CareSoft extension, digits only (required)
  --expires-in <duration>  the token expires after 90s, 15m, 12h, 30d, 2w... (default: 90d;
                           at most 1826d, five years), or never
  --domain <name>          your CareSoft domain: also print the agent's login link and its QR code
  --link-mode <mode>       direct (mapi.caresoft.vn, default) or dynamic-link (caresoftcall.page.link,
                           as CareSoft documents it: Firebase Dynamic Links, shut down in August 2025)
  --secret-stdin           read the secret from standard input instead of ${secretVariable}
  -h, --help               print this help

The token travels in every call link and QR code the agent opens, so a photo of the screen
carries it: it expires after 90 days unless told otherwise.
The secret is the account's voice API token (CareSoft admin > Api > Api Token). It is never
taken as an argument: arguments end up in shell history and in the process list.
The token alone goes to standard output; the hints go to standard error.
`;

const options = {
  ipphone: { type: 'string' },
  'expires-in': { type: 'string' },
  domain: { type: 'string' },
  'link-mode': { type: 'string' },
  'secret-stdin': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Understands the command line of `npm run caresoft:token` (docs/contracts.md, CsCall, "Token": tokens are minted
 * by an admin tool, never in the browser). No error message repeats an argument's value: an
 * admin who typed the secret where it does not belong must not see it printed back.
 */
export function parseCareSoftTokenArgs(args: readonly string[]): CareSoftTokenArgs {
  // Looked for before anything else, so that the refusal says why instead of "unknown option".
  if (args.some((arg) => arg === '--secret' || arg.startsWith('--secret='))) {
    return usageError(
      `--secret is refused: a secret given as an argument ends up in shell history and in the process list; set ${secretVariable} or pipe it in with --secret-stdin`,
    );
  }
  // Not strict: Node's own errors quote the offending argument, which could be the secret.
  const { values, tokens } = parseArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    const problem = tokenProblem(token);
    if (problem !== undefined) return usageError(problem);
  }
  if (values.help === true) return { kind: 'help' };

  const ipphone = stringValue(values.ipphone);
  if (ipphone === undefined) {
    return usageError("--ipphone is required: the agent's CareSoft extension, e.g. --ipphone 1001");
  }
  // CareSoft extensions (the document's `ipphone`, such as 1001) are digits: anything else
  // makes a token CsCall accepts for no agent.
  if (!extensionPattern.test(ipphone)) {
    return usageError(
      "--ipphone must be the agent's CareSoft extension: digits only (at most 15), such as 1001",
    );
  }

  const expiresIn = stringValue(values['expires-in']) ?? defaultExpiresIn;
  const expiresInSeconds = expiresIn === 'never' ? null : parseDuration(expiresIn);
  if (expiresInSeconds === undefined) {
    return usageError(
      '--expires-in must be a whole number above zero followed by s, m, h, d or w (e.g. 30d), or never',
    );
  }
  if (expiresInSeconds !== null && expiresInSeconds > maxExpiresInSeconds) {
    return usageError(
      '--expires-in must be at most 1826d (five years); write --expires-in never for a token that never expires',
    );
  }

  const linkMode = stringValue(values['link-mode']) ?? defaultCareSoftLinkMode;
  if (linkMode !== 'dynamic-link' && linkMode !== 'direct') {
    return usageError('--link-mode must be dynamic-link or direct');
  }

  const domain = stringValue(values.domain);
  return {
    kind: 'mint',
    request: {
      ipphone,
      expiresInSeconds,
      secretFrom: values['secret-stdin'] === true ? 'stdin' : 'environment',
      login: domain === undefined ? null : { domain, linkMode },
    },
  };
}

type ArgToken = ReturnType<typeof parseArgs>['tokens'] extends (infer T)[] | undefined ? T : never;

function tokenProblem(token: ArgToken): string | undefined {
  if (token.kind !== 'option') {
    return 'unexpected argument: this tool takes only the options listed by --help, and never the secret';
  }
  if (!Object.hasOwn(options, token.name)) return `unknown option ${token.rawName} (see --help)`;
  const option = options[token.name as keyof typeof options];
  if (option.type === 'boolean') {
    return token.value === undefined ? undefined : `${token.rawName} takes no value`;
  }
  if (token.value === undefined) return `${token.rawName} needs a value`;
  // Node would otherwise take `--ipphone --domain test` as the extension "--domain".
  if (!token.inlineValue && token.value.startsWith('-')) {
    return `${token.rawName} needs a value (for one that starts with -, write ${token.rawName}=…)`;
  }
  return undefined;
}

function stringValue(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function usageError(message: string): CareSoftTokenArgs {
  return { kind: 'usage-error', message };
}

/**
 * Signs the CsCall token of one agent (docs/contracts.md, CsCall, "Token").
 *
 * The payload is exactly the document's `{ "ipphone": … }`, plus `exp` only when asked for: we
 * do not know what else CareSoft tolerates, so nothing else (no `iat`) is added. The header is
 * the `{"alg":"HS256","typ":"JWT"}` that jwt.io, which the document uses, writes.
 *
 * @param expiresAt seconds since the epoch, or `null` for a token that does not expire
 */
export function mintCareSoftToken({
  secret,
  ipphone,
  expiresAt,
}: {
  secret: string;
  ipphone: string;
  expiresAt: number | null;
}): Promise<string> {
  const jwt = new SignJWT({ ipphone }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' });
  if (expiresAt !== null) jwt.setExpirationTime(expiresAt);
  // jwt.io signs with the secret's text as typed, not base64-decoded.
  return jwt.sign(new TextEncoder().encode(secret));
}

/** The words for the admin on standard error: whose token it is and how the agent uses it. */
export function careSoftTokenHint({
  ipphone,
  expiresAt,
  loginUrl,
}: {
  ipphone: string;
  expiresAt: number | null;
  loginUrl: string | null;
}): string {
  const expiry =
    expiresAt === null ? 'never expires' : `expires ${new Date(expiresAt * 1000).toISOString()}`;
  const lines = [
    `CsCall token for extension ${ipphone}, ${expiry}.`,
    "The agent pastes it in the widget's settings (provider CareSoft).",
  ];
  if (loginUrl === null) {
    lines.push(
      'Add --domain <your CareSoft domain> to also get their CsCall login link and QR code.',
    );
  } else {
    lines.push(
      'Their CsCall login link (open it, or scan the code, on their phone):',
      loginUrl,
      renderUnicodeCompact(loginUrl),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Where `main` meets the world, so that a test can stand in for it. */
export type CliIo = {
  args: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  stdinIsTerminal: boolean;
  readStdin: () => Promise<string>;
  now: () => number;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
};

/** Runs `npm run caresoft:token`; resolves to the exit status (2: the command was misused). */
export async function main(io: CliIo): Promise<number> {
  const fail = (message: string, status = 2) => {
    io.stderr(`caresoft:token: ${message}\n`);
    return status;
  };

  const parsed = parseCareSoftTokenArgs(io.args);
  if (parsed.kind === 'help') {
    io.stdout(usage);
    return 0;
  }
  if (parsed.kind === 'usage-error') return fail(parsed.message);
  const { request } = parsed;

  let secret: string;
  if (request.secretFrom === 'stdin') {
    // Waiting on a terminal would look like a hang, and would show the secret as it is typed.
    if (io.stdinIsTerminal) {
      return fail('--secret-stdin reads a pipe, e.g. printf %s "$SECRET" | npm run …');
    }
    secret = (await io.readStdin()).replace(/[\r\n]+$/, '');
    if (secret.trim() === '') return fail('--secret-stdin read no secret from standard input');
  } else {
    secret = io.env[secretVariable] ?? '';
    if (secret.trim() === '') {
      return fail(
        `${secretVariable} is empty or not set: set it to the account's voice API token (CareSoft admin > Api > Api Token), or use --secret-stdin`,
      );
    }
  }

  const expiresAt =
    request.expiresInSeconds === null
      ? null
      : Math.floor(io.now() / 1000) + request.expiresInSeconds;
  let token: string;
  let loginUrl: string | null;
  try {
    token = await mintCareSoftToken({ secret, ipphone: request.ipphone, expiresAt });
    loginUrl = request.login === null ? null : careSoftLoginUrl({ token, ...request.login });
  } catch (error) {
    // An admin tool for the terminal: it speaks English, from the widget's own catalogue.
    if (error instanceof HandoffError) {
      return fail(translateIn('en', error.problem.code, error.problem.values));
    }
    // Not the error's own text: nothing here may risk printing the secret.
    return fail('could not sign the token', 1);
  }

  io.stdout(`${token}\n`);
  io.stderr(careSoftTokenHint({ ipphone: request.ipphone, expiresAt, loginUrl }));
  return 0;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  process.exitCode = await main({
    args: process.argv.slice(2),
    env: process.env,
    stdinIsTerminal: process.stdin.isTTY === true,
    readStdin: () => text(process.stdin),
    now: Date.now,
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (chunk) => process.stderr.write(chunk),
  });
}
