import { describe, expect, it } from 'vitest';
import type { DeepLink } from '../../src/handoff/call-link';
import type { CalleeNumber } from '../../src/handoff/phone';
import { translateIn } from '../../src/i18n/i18n';
import type { Message } from '../../src/i18n/message';
import type { LookupResult } from '../../src/lookup/lookup-caller';
import type { LookupConfigProblem } from '../../src/lookup/lookup-config';
import type { WorkflowResult } from '../../src/lookup/run-workflow';
import type { CareSoftTokenInspection } from '../../src/settings/caresoft-token';
import type { textTemplateProblems } from '../../src/settings/text-templates';

describe('Message', () => {
  it('cannot carry a sentence where the edge modules hand the UI a message (npm run check compiles this)', () => {
    const sentence = 'Not a phone number.';
    const ready = { kind: 'ready', href: 'x', appName: 'CsCall' } as const;
    const refusals = [
      // @ts-expect-error a number check gives a code, not English
      { kind: 'invalid', given: 'x', reason: sentence } satisfies CalleeNumber,
      // @ts-expect-error a refused link gives a problem, not a message in words
      { kind: 'refused', message: sentence } satisfies DeepLink,
      // @ts-expect-error a link's action is a code the UI words
      { ...ready, action: 'Call with CsCall' } satisfies DeepLink,
      // @ts-expect-error a lookup failure gives a problem, not a message in words
      { kind: 'failed', message: sentence } satisfies LookupResult,
      // @ts-expect-error a workflow failure gives a problem, not a message in words
      { kind: 'timedOut', message: sentence } satisfies WorkflowResult,
      // @ts-expect-error a lookup setting's problem is a message
      { field: 'rootUrl', problem: sentence } satisfies LookupConfigProblem,
      // @ts-expect-error a token's problem is a message
      { kind: 'invalid', reason: sentence } satisfies CareSoftTokenInspection,
      // @ts-expect-error a template's problems are messages
      [sentence] satisfies ReturnType<typeof textTemplateProblems>,
      // @ts-expect-error a code is a key of the catalogues, not any text
      { code: sentence } satisfies Message,
    ];
    expect(refusals).toHaveLength(9);
  });

  it('words a message inside a message in the same language', () => {
    const problem: Message = { code: 'lookup.problem.httpError', values: { status: 500 } };
    expect(translateIn('fr', 'caller.failed', { message: problem })).toBe(
      'Identification de l’appelant : Le service d’annuaire a répondu par une erreur (HTTP 500).',
    );
  });
});
