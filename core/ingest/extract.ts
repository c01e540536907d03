/**
 * Pattern extraction: regex rules that read a tenant (or customer, user, request, trace,
 * session, version) out of an event's message, URL or host when no field gave it. Rules
 * only fill roles that are still empty, so a value read from a field always wins.
 */
import { z } from 'zod';
import { CaselineError } from '../errors.ts';
import type { LogRecord } from './log-record.ts';

export const ExtractorRole = z.enum([
  'tenant',
  'customer',
  'user',
  'request',
  'trace',
  'session',
  'version',
]);
export type ExtractorRole = z.infer<typeof ExtractorRole>;

/** One extraction rule as written in the import config (`--config`). */
export const ExtractorRule = z.object({
  /** Where to look: the message text, the request URL/path, or the host name. */
  from: z.enum(['message', 'url', 'host']),
  /** A JavaScript regular expression (without slashes); matched case-sensitively. */
  regex: z.string().min(1),
  role: ExtractorRole,
  /**
   * The capture group holding the value: a group name or number. Default: the group named
   * after the role, else group 1, else the whole match.
   */
  group: z.union([z.string().min(1), z.number().int().nonnegative()]).optional(),
});
export type ExtractorRule = z.infer<typeof ExtractorRule>;

type RoleField = 'tenantId' | 'customerId' | 'userId' | 'requestId' | 'traceId' | 'sessionId';

const roleField: Record<ExtractorRole, RoleField | 'version'> = {
  tenant: 'tenantId',
  customer: 'customerId',
  user: 'userId',
  request: 'requestId',
  trace: 'traceId',
  session: 'sessionId',
  version: 'version',
};

/** Attribute names under which parsers keep the request URL or path, most specific first. */
const urlAttributes = ['path', 'url', 'uri', 'request', 'request_path', 'requestPath'] as const;

interface CompiledRule {
  from: ExtractorRule['from'];
  field: RoleField | 'version';
  isTenant: boolean;
  regex: RegExp;
  group: string | number;
}

/**
 * Compiles extraction rules once and returns a function that fills the empty roles of a
 * record in place (tenantOrigin becomes 'pattern' when it fills the tenant). With no rules
 * it returns a no-op. Throws CaselineError('bad-config', {pattern, reason}) for a regex that
 * does not compile or names a capture group it does not have.
 */
export function createExtractor(rules: readonly ExtractorRule[]): (record: LogRecord) => void {
  if (rules.length === 0) return noop;
  const compiled = rules.map(compileRule);
  return (record) => {
    for (const rule of compiled) {
      if (record[rule.field]) continue;
      const text = sourceText(record, rule.from);
      if (text === null) continue;
      const m = rule.regex.exec(text);
      if (!m) continue;
      const value = typeof rule.group === 'number' ? m[rule.group] : m.groups?.[rule.group];
      if (!value) continue;
      record[rule.field] = value;
      if (rule.isTenant) record.tenantOrigin = 'pattern';
    }
  };
}

function noop(): void {}

function compileRule(rule: ExtractorRule): CompiledRule {
  let regex: RegExp;
  try {
    regex = new RegExp(rule.regex);
  } catch (e) {
    throw new CaselineError('bad-config', { pattern: rule.regex, reason: errorReason(e) });
  }
  return {
    from: rule.from,
    field: roleField[rule.role],
    isTenant: rule.role === 'tenant',
    regex,
    group: resolveGroup(rule, regex),
  };
}

/** Checks the requested group exists, or picks the default one. */
function resolveGroup(rule: ExtractorRule, regex: RegExp): string | number {
  // An always-matching alternative reveals the group count and names without real input.
  const probe = new RegExp(`(?:${regex.source})|`).exec('');
  const groupCount = probe ? probe.length - 1 : 0;
  const names = Object.keys(probe?.groups ?? {});
  const { group } = rule;
  if (group === undefined) {
    if (names.includes(rule.role)) return rule.role;
    return groupCount >= 1 ? 1 : 0;
  }
  const exists = typeof group === 'number' ? group <= groupCount : names.includes(group);
  if (!exists) {
    throw new CaselineError('bad-config', {
      pattern: rule.regex,
      reason: `no capture group ${String(group)}`,
    });
  }
  return group;
}

function sourceText(record: LogRecord, from: ExtractorRule['from']): string | null {
  if (from === 'message') return record.message;
  const attrs = record.attributes;
  if (from === 'host') {
    if (record.host) return record.host;
    return stringAttr(attrs, 'host') ?? stringAttr(attrs, 'hostname');
  }
  for (const name of urlAttributes) {
    const value = stringAttr(attrs, name);
    if (value !== null) return value;
  }
  return null;
}

function stringAttr(attrs: Record<string, unknown> | null, name: string): string | null {
  const value = attrs?.[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

function errorReason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
