const secondsPerUnit = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 } as const;

/**
 * Reads a duration such as `90s`, `15m`, `12h`, `30d` or `2w` into seconds, for token expiries.
 *
 * A unit is required and the number must be a whole number above zero: `30` alone could mean
 * seconds or days, and a token that expires at once is a mistake, so both are refused
 * (`undefined`) rather than guessed at.
 */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+)([smhdw])$/.exec(text);
  if (match === null) return undefined;
  const [, amount = '', unit = ''] = match;
  const seconds = Number(amount) * secondsPerUnit[unit as keyof typeof secondsPerUnit];
  return seconds > 0 && Number.isSafeInteger(seconds) ? seconds : undefined;
}
