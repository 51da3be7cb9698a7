import type { LookupResult } from '../lookup/lookup-caller';
import type { WorkflowResult } from '../lookup/run-workflow';

// What the agent reads when the lookup code itself could not load (a network failure
// while fetching the chunk). The lookup module words every other result; these two are
// worded alike, next to each other, until results carry codes.

export const lookupNotStarted: LookupResult = {
  kind: 'failed',
  message: 'The caller lookup could not start. Reload the widget to try again.',
};

export const workflowNotStarted: WorkflowResult = {
  kind: 'failed',
  message: 'The workflow could not start. Reload the widget to try again.',
};
