/**
 * `POST /api/<method>`: reads a bounded JSON body, hands it to the workspace service and
 * writes the envelope back. The service validates the arguments against the contract;
 * this module only turns transport problems into envelopes with fitting status codes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isMethod } from '../../core/api.ts';
import type { ApiError, Envelope } from '../../core/api.ts';

/** What the HTTP host needs from a workspace: `core/service.ts`'s WorkspaceService fits. */
export interface ApiService {
  /** Validates method and arguments; never throws, errors come back as envelopes. */
  dispatch(method: string, args: unknown): Promise<Envelope<unknown>>;
}

/** Request bodies above this are refused with 413; no API call needs more. */
export const maxBodyBytes = 1024 * 1024;

type BodyResult = { kind: 'ok'; text: string } | { kind: 'too-large' };

/** Reads the request body; past the limit the rest is drained and discarded. */
function readBody(req: IncomingMessage): Promise<BodyResult> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(req.headers['content-length'] ?? 0) > maxBodyBytes;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      // A client that keeps sending far past the limit is cut off instead of drained.
      if (size > maxBodyBytes * 16) req.destroy();
    });
    req.on('end', () =>
      resolvePromise(
        tooLarge
          ? { kind: 'too-large' }
          : { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') },
      ),
    );
    req.on('error', reject);
  });
}

/** Writes an envelope as JSON with the given status; API answers are never cached. */
export function sendEnvelope(
  res: ServerResponse,
  status: number,
  envelope: Envelope<unknown>,
): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function failure(code: string, params: ApiError['params'] = {}): Envelope<never> {
  return { ok: false, error: { code, params } };
}

/**
 * Answers one API request. Status codes: 200 for results and expected error envelopes,
 * 400 malformed JSON, 404 unknown method, 405 not POST, 413 body over 1 MB, 500 when the
 * service reports an internal error. Never rejects.
 */
export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  service: ApiService,
  method: string,
): Promise<void> {
  if (!isMethod(method)) {
    req.resume();
    sendEnvelope(res, 404, failure('unknown-method', { method }));
    return;
  }
  if (req.method !== 'POST') {
    req.resume();
    res.setHeader('Allow', 'POST');
    sendEnvelope(res, 405, failure('bad-arguments', { reason: 'method-not-allowed' }));
    return;
  }
  let body: BodyResult;
  try {
    body = await readBody(req);
  } catch {
    return; // the client went away; nobody is left to answer
  }
  if (body.kind === 'too-large') {
    sendEnvelope(
      res,
      413,
      failure('bad-arguments', { reason: 'body-too-large', limit: maxBodyBytes }),
    );
    return;
  }
  let args: unknown = {};
  if (body.text.trim() !== '') {
    try {
      args = JSON.parse(body.text) as unknown;
    } catch {
      sendEnvelope(res, 400, failure('bad-arguments', { reason: 'malformed-json' }));
      return;
    }
  }
  let envelope: Envelope<unknown>;
  try {
    envelope = await service.dispatch(method, args);
  } catch {
    // dispatch promises never to throw; if it does anyway, the client still gets JSON.
    envelope = failure('internal');
  }
  sendEnvelope(res, !envelope.ok && envelope.error.code === 'internal' ? 500 : 200, envelope);
}
