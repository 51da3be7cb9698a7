import { message } from '../i18n/message';
import type { LookupResult } from '../lookup/lookup-caller';
import type { WorkflowResult } from '../lookup/run-workflow';

// What the agent reads when the lookup code itself could not load (a network failure
// while fetching the chunk); the lookup module gives every other result its code.

export const lookupNotStarted: LookupResult = {
  kind: 'failed',
  problem: message('lookup.problem.notStarted'),
};

export const workflowNotStarted: WorkflowResult = {
  kind: 'failed',
  problem: message('workflow.problem.notStarted'),
};
