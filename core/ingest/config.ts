/**
 * The import configuration (`--config FILE`): which log fields carry tenant, customer, user,
 * request, trace... beyond the well-known names, renamed fields across versions, pattern
 * extractors, the propagation window and extra redaction patterns. Documented for users in
 * docs/ingest-config.md.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { CaselineError } from '../errors.ts';
import { ExtractorRule } from './extract.ts';
import { RedactionPattern } from './redact.ts';

const names = z.array(z.string().min(1)).default([]);

/** Field names (or dotted paths) per role, tried in order before the well-known ones. */
export const FieldMappings = z
  .object({
    tenant: names,
    customer: names,
    user: names,
    request: names,
    trace: names,
    session: names,
    version: names,
    service: names,
    host: names,
    level: names,
    message: names,
    timestamp: names,
  })
  .strict();
export type FieldMappings = z.infer<typeof FieldMappings>;

export const IngestConfig = z
  .object({
    fields: FieldMappings.default(FieldMappings.parse({})),
    /**
     * Field renamed across versions: old name (or path) -> current name (or path, or a role
     * name such as `tenant`). A field named like a key is read as if it had the value's name.
     */
    aliases: z.record(z.string().min(1), z.string().min(1)).default({}),
    extractors: z.array(ExtractorRule).default([]),
    /** How far (ms) a tenant propagates between events sharing a request, trace, session or user. */
    propagationWindowMs: z
      .number()
      .int()
      .nonnegative()
      .default(5 * 60_000),
    redaction: z.array(RedactionPattern).default([]),
  })
  .strict();
export type IngestConfig = z.infer<typeof IngestConfig>;

export const defaultIngestConfig: IngestConfig = IngestConfig.parse({});

/**
 * Reads and validates a config JSON file. Returns the config with defaults filled in.
 * Throws CaselineError('bad-config', {path, reason}) when the file is unreadable, is not
 * JSON, or does not match the schema (the reason names the offending key).
 */
export async function loadIngestConfig(path: string): Promise<IngestConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new CaselineError('bad-config', {
      path,
      reason: (e as NodeJS.ErrnoException).code ?? String(e),
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CaselineError('bad-config', { path, reason: `not JSON: ${(e as Error).message}` });
  }
  const parsed = IngestConfig.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length ? issue.path.join('.') + ': ' : '';
    throw new CaselineError('bad-config', {
      path,
      reason: `${where}${issue?.message ?? 'invalid'}`,
    });
  }
  for (const rule of parsed.data.redaction) checkRegex(path, rule.regex);
  for (const rule of parsed.data.extractors) checkRegex(path, rule.regex);
  return parsed.data;
}

function checkRegex(path: string, source: string): void {
  try {
    new RegExp(source);
  } catch (e) {
    throw new CaselineError('bad-config', {
      path,
      reason: `bad regex ${source}: ${(e as Error).message}`,
    });
  }
}
