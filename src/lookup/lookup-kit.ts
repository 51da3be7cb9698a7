// The lookup client, loaded as its own chunk the first time a call needs it: agents
// without a lookup service never download it.
export { lookupCaller } from './lookup-caller';
export { runWorkflow, workflowInputsFor } from './run-workflow';
