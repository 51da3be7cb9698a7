// A workflow name becomes a path segment: `<root>/<name>` (docs/contracts.md, lookup service). Anything that could
// leave that segment (/ ? # %, dot segments) or be read two ways (spaces, controls) is
// refused, so a lookup answer can never point our token at another path or host.
const workflowNamePattern = /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*$/u;

export const maxWorkflowNameLength = 100;

/** Whether a `crmActions` name can safely be sent as `POST <root>/<name>`. */
export function isWorkflowName(name: string): boolean {
  return name.length <= maxWorkflowNameLength && workflowNamePattern.test(name);
}
