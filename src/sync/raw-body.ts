/**
 * The largest webhook body we read. A long call's OpenPhone transcript is tens of kilobytes;
 * anything near this is not a call event, and reading more would only cost memory.
 */
export const maxWebhookBytes = 1024 * 1024;

export type RawBody = { ok: true; bytes: Uint8Array } | { ok: false; code: 'too-large' };

/**
 * Reads a request body up to `limit` bytes. A declared `Content-Length` over the limit is
 * refused before a byte is read; a body without one (chunked) is read until it passes the
 * limit, then the stream is cancelled, so a 10 MB body never sits in memory.
 */
export async function readRawBody(request: Request, limit = maxWebhookBytes): Promise<RawBody> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) {
    return { ok: false, code: 'too-large' };
  }
  const stream = request.body;
  if (stream === null) return { ok: true, bytes: new Uint8Array(0) };

  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, code: 'too-large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
