import * as v from 'valibot';
import { type Upstream, UpstreamError } from './upstream.js';

/**
 * Checks an upstream answer's shape. An answer we cannot read is the upstream's fault, and
 * possibly a passing one: the event is worth retrying.
 */
export function readAnswer<Schema extends v.GenericSchema>(
  upstream: Upstream,
  schema: Schema,
  body: unknown,
): v.InferOutput<Schema> {
  const parsed = v.safeParse(schema, body);
  if (!parsed.success) throw new UpstreamError(upstream, 200, true);
  return parsed.output;
}
