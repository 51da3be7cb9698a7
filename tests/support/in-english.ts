import { translateIn } from '../../src/i18n/i18n';
import type { Message } from '../../src/i18n/message';

/** A message as an English-speaking agent reads it. */
export const english = (message: Message): string =>
  translateIn('en', message.code, message.values);

type Worded<T> = T extends { problem: Message } ? Omit<T, 'problem'> & { message: string } : T;

/**
 * A result with its `problem` worded in English (`message`), so a test reads like what the
 * agent sees; the code itself is checked by the compiler against the catalogue.
 */
export function inEnglish<T extends object>(result: T): Worded<T> {
  if (!('problem' in result)) return result as Worded<T>;
  const { problem, ...rest } = result as T & { problem: Message };
  return { ...rest, message: english(problem) } as Worded<T>;
}
