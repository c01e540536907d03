/**
 * The renderer's one way to the core: Electron's preload bridge when present, otherwise
 * the loopback HTTP host. Every answer is checked against the contract before a screen
 * sees it, so a host bug becomes an error envelope, not a broken screen.
 */
import { z } from 'zod';
import { contract } from '../../core/api.ts';
import type { Args, CaselineApi, Envelope, Method, Result } from '../../core/api.ts';

const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
    }),
  }),
]);

declare global {
  interface Window {
    /** Put there by the Electron preload. Typed loosely on purpose: answers are validated. */
    caseline?: { call(method: string, args: unknown): Promise<unknown> };
  }
}

type Transport = (method: Method, args: unknown) => Promise<unknown>;

function failure(code: string, params: Record<string, string | number> = {}): Envelope<never> {
  return { ok: false, error: { code, params } };
}

/** POSTs to `/api/<method>`; error statuses still carry an envelope body. */
async function httpTransport(method: Method, args: unknown): Promise<unknown> {
  const res = await fetch(`./api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(args ?? {}),
  });
  return (await res.json()) as unknown;
}

/** Checks an untrusted answer: the envelope shape, then the method's result schema. */
export function checkEnvelope<M extends Method>(method: M, answer: unknown): Envelope<Result<M>> {
  const envelope = envelopeSchema.safeParse(answer);
  if (!envelope.success) return failure('bad-result', { method });
  if (!envelope.data.ok) return { ok: false, error: envelope.data.error };
  const schema = contract[method].result as unknown as z.ZodType<Result<M>>;
  const value = schema.safeParse(envelope.data.value);
  return value.success ? { ok: true, value: value.data } : failure('bad-result', { method });
}

/**
 * A client of the API contract. Never rejects: an unreachable host yields the
 * `host-unreachable` error envelope, an answer that does not match the contract
 * `bad-result`.
 */
export function createClient(transport?: Transport): CaselineApi {
  const bridge = typeof window === 'undefined' ? undefined : window.caseline;
  const send: Transport =
    transport ?? (bridge ? (method, args) => bridge.call(method, args) : httpTransport);
  return {
    async call<M extends Method>(method: M, args: Args<M>): Promise<Envelope<Result<M>>> {
      let answer: unknown;
      try {
        answer = await send(method, args);
      } catch {
        return failure('host-unreachable');
      }
      return checkEnvelope(method, answer);
    },
  };
}
