/**
 * Which column of a customer directory holds which of Caseline's keys: from an explicit
 * `--customer-map`, else from common CRM header names.
 */
import { CaselineError } from '../errors.ts';
import { normalizeHeader } from '../tickets/source-file.ts';

export const CUSTOMER_KEYS = [
  'id',
  'name',
  'tenants',
  'tier',
  'segment',
  'arr',
  'region',
  'locale',
] as const;
export type CustomerKey = (typeof CUSTOMER_KEYS)[number];

/** Caseline key -> the file's column name. */
export type CustomerColumnMap = Partial<Record<CustomerKey, string>>;

const ALIASES: Record<CustomerKey, string[]> = {
  id: [
    'customer_id',
    'account_id',
    'id',
    'org_id',
    'organization_id',
    'external_id',
    'customer',
    'account_number',
  ],
  name: [
    'name',
    'account_name',
    'customer_name',
    'company',
    'company_name',
    'organization',
    'organization_name',
    'org_name',
  ],
  tenants: ['tenants', 'tenant_ids', 'tenant_id', 'tenant', 'workspace_ids', 'instance_ids'],
  tier: ['tier', 'support_tier', 'plan', 'support_level', 'sla'],
  segment: ['segment', 'customer_segment', 'market_segment', 'industry'],
  arr: [
    'arr',
    'arr_usd',
    'annual_revenue',
    'annual_recurring_revenue',
    'revenue',
    'mrr_annualized',
  ],
  region: ['region', 'geo', 'country', 'territory'],
  locale: ['locale', 'language', 'lang'],
};

/**
 * Parses the CLI flag value `id=AccountId,name=Account Name,tenants=Tenant IDs`.
 * Throws CaselineError('bad-arguments', {flag: '--customer-map', reason}) on an unknown
 * key, a pair without `=`, or an empty column name.
 */
export function parseCustomerMap(spec: string): CustomerColumnMap {
  const map: CustomerColumnMap = {};
  for (const pair of spec.split(',')) {
    if (pair.trim() === '') continue;
    const eq = pair.indexOf('=');
    const fail = (reason: string) =>
      new CaselineError('bad-arguments', { flag: '--customer-map', reason });
    if (eq < 0) throw fail(`expected key=column, got "${pair.trim()}"`);
    const key = pair.slice(0, eq).trim().toLowerCase();
    const column = pair.slice(eq + 1).trim();
    if (!(CUSTOMER_KEYS as readonly string[]).includes(key)) {
      throw fail(`unknown key "${key}" (known: ${CUSTOMER_KEYS.join(', ')})`);
    }
    if (column === '') throw fail(`empty column for "${key}"`);
    map[key as CustomerKey] = column;
  }
  return map;
}

/**
 * The field name (as written in the file) that gives each key. An explicit map wins,
 * matched case-insensitively; the others come from the alias lists.
 */
export function resolveColumns(
  names: string[],
  map: CustomerColumnMap = {},
): Partial<Record<CustomerKey, string>> {
  const byNormal = new Map<string, string>();
  for (const name of names) {
    const n = normalizeHeader(name);
    if (!byNormal.has(n)) byNormal.set(n, name);
  }
  const used = new Set<string>();
  const result: Partial<Record<CustomerKey, string>> = {};
  for (const key of CUSTOMER_KEYS) {
    const wanted = map[key];
    if (wanted === undefined) continue;
    const found = byNormal.get(normalizeHeader(wanted));
    if (found !== undefined) {
      result[key] = found;
      used.add(found);
    }
  }
  for (const key of CUSTOMER_KEYS) {
    if (result[key] !== undefined || map[key] !== undefined) continue;
    for (const alias of ALIASES[key]) {
      const found = byNormal.get(alias);
      if (found !== undefined && !used.has(found)) {
        result[key] = found;
        used.add(found);
        break;
      }
    }
  }
  return result;
}

/** `$12,000`, `12000.50`, `USD 1 200`, `12k` -> a number; null when not a number. */
export function parseMoney(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value
    .trim()
    .toLowerCase()
    .replace(/^[a-z]{3}\s*/, '')
    .replace(/[$€£¥\s,_]/g, '');
  const m = /^(-?\d+(?:\.\d+)?)([km])?$/.exec(text);
  if (!m) return null;
  const scale = m[2] === 'k' ? 1e3 : m[2] === 'm' ? 1e6 : 1;
  return Number(m[1]) * scale;
}
