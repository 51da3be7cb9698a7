/** Why a deep link could not be made, in words an agent can act on. */
export type HandoffErrorCode =
  | 'empty-number'
  | 'invalid-number'
  | 'too-many-recipients'
  | 'unsafe-value'
  | 'invalid-attachment'
  | 'invalid-token'
  | 'invalid-domain'
  | 'invalid-call-id'
  | 'invalid-link-mode';

/**
 * Builders throw this instead of returning a malformed link: a link that dials the wrong
 * number, or none, is worse than a plain refusal the agent can correct.
 */
export class HandoffError extends Error {
  readonly code: HandoffErrorCode;

  constructor(code: HandoffErrorCode, message: string) {
    super(message);
    this.name = 'HandoffError';
    this.code = code;
  }
}
