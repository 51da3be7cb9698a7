/** The parts of HubSpot's JSON error body worth showing; anything else is ignored. */
function readErrorBody(body: string): { message?: string; correlationId?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const { message, correlationId } = parsed as Record<string, unknown>;
  return {
    ...(typeof message === 'string' && message.trim() !== '' ? { message: message.trim() } : {}),
    ...(typeof correlationId === 'string' && correlationId !== '' ? { correlationId } : {}),
  };
}

/** One line: HubSpot's own message may span several. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * Says in plain words why HubSpot refused a calling-settings request (docs/contracts.md, HubSpot, App settings),
 * with the next step where there is an obvious one. `body` is the raw response text.
 * The result is one line; the caller still scrubs the API key from it.
 */
export function describeHubSpotError(status: number, body: string): string {
  const { message, correlationId } = readErrorBody(body);
  const said = message === undefined ? '' : ` HubSpot said: ${oneLine(message)}`;
  const trace = correlationId === undefined ? '' : ` (correlation id ${correlationId})`;

  switch (status) {
    case 401:
      return `HubSpot refused the developer API key (401): check HUBSPOT_DEVELOPER_API_KEY is the key of the developer account that owns the app.${said}${trace}`;
    case 404:
      return `HubSpot has no calling settings for this app yet (404): run \`create\` first, or check HUBSPOT_APP_ID.${said}${trace}`;
    case 409:
      return `Calling settings already exist for this app (409): use \`update\` to change them.${said}${trace}`;
    default:
      return message === undefined
        ? `HubSpot answered ${status} without saying why.${trace}`
        : `HubSpot answered ${status}: ${oneLine(message)}${trace}`;
  }
}

/**
 * Replaces every occurrence of `secret` (raw and URL-encoded) in `text`: fetch errors, echoed
 * URLs and HubSpot's own messages may all carry the `hapikey`.
 */
export function scrubSecret(text: string, secret: string): string {
  if (secret === '') return text;
  const forms = new Set([
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ k: secret }).toString().slice(2),
  ]);
  // A mask drawn from a character the secret lacks cannot join with its neighbours into a
  // fresh copy of the secret, so one pass per form is enough.
  const maskChar = [...'*#~_%'].find((c) => !secret.includes(c)) ?? '\u2022';
  const mask = maskChar.repeat(3);
  let out = text;
  for (const form of forms) out = out.split(form).join(mask);
  return out;
}
