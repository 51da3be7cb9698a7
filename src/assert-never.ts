/**
 * The end of every switch over a union (phases, events, effects, messages): the compiler
 * refuses a case left out, and a value that gets here at run time anyway is reported.
 */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
