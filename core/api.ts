/**
 * The API contract: one map from method name to argument and result schemas. Every host
 * (CLI, local HTTP, Electron IPC) is a loop over this map, and every argument crossing a
 * host boundary is parsed with the method's schema. This file imports nothing but zod so
 * the renderer can use it in the browser.
 */
import { z } from 'zod';

const isoTime = z.string().describe('ISO 8601 UTC');

export const AttributionShares = z.object({
  field: z.number(),
  pattern: z.number(),
  propagated: z.number(),
  none: z.number(),
});

export const WorkspaceSummary = z.object({
  workspace: z.string(),
  createdAt: isoTime.nullable(),
  schemaVersion: z.number(),
  events: z.number(),
  signatures: z.number(),
  customers: z.number(),
  tenants: z.number(),
  tickets: z.number(),
  kbArticles: z.number(),
  releases: z.number(),
  errorEvents: z.number(),
  from: isoTime.nullable(),
  to: isoTime.nullable(),
  services: z.array(z.object({ service: z.string(), events: z.number() })),
  attribution: AttributionShares,
});

export const SignatureRow = z.object({
  id: z.string(),
  template: z.string(),
  service: z.string().nullable(),
  level: z.string(),
  events: z.number(),
  customers: z.number(),
  firstSeen: isoTime.nullable(),
  lastSeen: isoTime.nullable(),
});

export const SourceRow = z.object({
  path: z.string(),
  kind: z.enum(['logs', 'tickets', 'customers', 'kb', 'releases']),
  format: z.string(),
  read: z.number(),
  imported: z.number(),
  skipped: z.number(),
  skipReasons: z.record(z.string(), z.number()),
});

export const contract = {
  /** Counts and time range of the open workspace. */
  summary: { args: z.object({}).strict(), result: WorkspaceSummary },
  /** Signatures ordered by event count; `errorsOnly` keeps those with an error-level event. */
  signatures: {
    args: z
      .object({
        limit: z.number().int().min(1).max(10_000).default(50),
        errorsOnly: z.boolean().default(false),
      })
      .strict(),
    result: z.object({ signatures: z.array(SignatureRow) }),
  },
  /** The sources of the last import with their counts and skip reasons. */
  sources: { args: z.object({}).strict(), result: z.object({ sources: z.array(SourceRow) }) },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Args<M extends Method> = z.input<Contract[M]['args']>;
export type ParsedArgs<M extends Method> = z.output<Contract[M]['args']>;
export type Result<M extends Method> = z.output<Contract[M]['result']>;

export interface ApiError {
  code: string;
  params: Record<string, string | number>;
}
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What every client of the contract offers, whichever host is behind it. */
export interface CaselineApi {
  call<M extends Method>(method: M, args: Args<M>): Promise<Envelope<Result<M>>>;
}

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
