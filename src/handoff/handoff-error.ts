import type { Message } from '../i18n/message';

/**
 * Builders throw this instead of returning a malformed link: a link that dials the wrong
 * number, or none, is worse than a plain refusal the agent can correct. What the agent
 * reads is `problem`, a catalogue key with its values; the error's own message is that key,
 * for logs and stack traces.
 */
export class HandoffError extends Error {
  readonly problem: Message;

  constructor(problem: Message) {
    super(problem.code);
    this.name = 'HandoffError';
    this.problem = problem;
  }

  /** The catalogue key of the problem. */
  get code(): Message['code'] {
    return this.problem.code;
  }
}

/** What went wrong in a builder, as a message: a HandoffError's problem, or a generic one. */
export function problemOf(error: unknown): Message {
  return error instanceof HandoffError ? error.problem : { code: 'link.problem.unexpected' };
}
