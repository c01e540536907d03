/**
 * The customer directory (a CRM export): accounts with their tenants, tier, segment, ARR,
 * region and locale, from CSV or JSON (a list, `{customers:[...]}`, or Zendesk
 * `{organizations:[...]}`).
 */
import type { CustomerRow, SkipTally } from '../store/rows.ts';
import { countSkip, newSkipTally } from '../store/rows.ts';
import { CaselineError } from '../errors.ts';
import type { JsonObject } from '../tickets/json-access.ts';
import { arr, firstStr, isObject, obj, str, strList } from '../tickets/json-access.ts';
import { looksLikeJson, peekText, readJsonDocument, streamCsv } from '../tickets/source-file.ts';
import type { CustomerColumnMap, CustomerKey } from './columns.ts';
import { parseMoney, resolveColumns } from './columns.ts';

export type { CustomerColumnMap } from './columns.ts';
export { parseCustomerMap, parseMoney } from './columns.ts';

export interface CustomerDirectory {
  format: 'csv' | 'json';
  customers: CustomerRow[];
  read: number;
  skips: SkipTally;
}

/**
 * Reads a customer directory. Customers without an id are skipped ('missing-id'), a repeated
 * id keeps the first ('duplicate-id'); a customer without tenants is its own tenant.
 * Throws CaselineError 'source-not-found', or 'source-unreadable' ('malformed-json',
 * 'unknown-customer-format' when no id column or list of customers is found).
 */
export async function readCustomerDirectory(
  path: string,
  map?: CustomerColumnMap,
): Promise<CustomerDirectory> {
  const builder = new DirectoryBuilder();
  const head = await peekText(path);
  if (looksLikeJson(head)) {
    const records = customerRecords(await readJsonDocument(path));
    if (records === null)
      throw new CaselineError('source-unreadable', { path, reason: 'unknown-customer-format' });
    records.forEach((record, index) => {
      builder.read += 1;
      const o = obj(record);
      if (!o) return builder.skip('not-an-object', index + 1);
      builder.add(fromJson(o, map), index + 1);
    });
    return builder.result('json');
  }
  let columns: Partial<Record<CustomerKey, string>> = {};
  let index: Record<string, number> = {};
  builder.read = await streamCsv(
    path,
    (header) => {
      columns = resolveColumns(header, map);
      index = Object.fromEntries(header.map((h, i) => [h, i]));
      if (columns.id === undefined) {
        throw new CaselineError('source-unreadable', { path, reason: 'unknown-customer-format' });
      }
    },
    ({ cells, line }) => {
      const get = (key: CustomerKey) => {
        const column = columns[key];
        return column === undefined ? null : str(cells[index[column] ?? -1]);
      };
      builder.add(
        {
          id: get('id'),
          name: get('name'),
          tenants: strList(get('tenants')),
          tier: get('tier'),
          segment: get('segment'),
          arr: get('arr'),
          region: get('region'),
          locale: get('locale'),
        },
        line,
      );
    },
    (line) => builder.skip('malformed-csv', line),
  );
  return builder.result('csv');
}

function customerRecords(doc: unknown): unknown[] | null {
  if (Array.isArray(doc)) return arr(doc);
  if (!isObject(doc)) return null;
  for (const key of ['customers', 'organizations', 'accounts', 'companies']) {
    if (Array.isArray(doc[key])) return arr(doc[key]);
  }
  return null;
}

interface RawCustomer {
  id: string | null;
  name: string | null;
  tenants: string[];
  tier: string | null;
  segment: string | null;
  arr: unknown;
  region: string | null;
  locale: string | null;
}

function fromJson(o: JsonObject, map: CustomerColumnMap | undefined): RawCustomer {
  // Zendesk keeps custom attributes in organization_fields; look there too.
  const fields: JsonObject = { ...(obj(o.organization_fields) ?? {}), ...o };
  const columns = resolveColumns(Object.keys(fields), map);
  const value = (key: CustomerKey): unknown =>
    columns[key] === undefined ? undefined : fields[columns[key]];
  const zendesk = 'organization_fields' in o || 'domain_names' in o;
  return {
    id: zendesk ? firstStr(o.external_id, o.id) : str(value('id')),
    name: str(value('name')),
    tenants: strList(value('tenants')),
    tier: str(value('tier')),
    segment: str(value('segment')),
    arr: value('arr'),
    region: str(value('region')),
    locale: str(value('locale')),
  };
}

class DirectoryBuilder {
  readonly customers: CustomerRow[] = [];
  readonly skips = newSkipTally();
  read = 0;
  private readonly ids = new Set<string>();

  skip(reason: string, line: number): void {
    countSkip(this.skips, reason, line);
  }

  add(raw: RawCustomer, line: number): void {
    if (!raw.id) return this.skip('missing-id', line);
    if (this.ids.has(raw.id)) return this.skip('duplicate-id', line);
    this.ids.add(raw.id);
    const tenantIds = [...new Set(raw.tenants)];
    this.customers.push({
      customerId: raw.id,
      name: raw.name ?? raw.id,
      tenantIds: tenantIds.length ? tenantIds : [raw.id],
      segment: raw.segment,
      tier: raw.tier,
      arr: parseMoney(raw.arr),
      region: raw.region,
      locale: raw.locale,
    });
  }

  result(format: 'csv' | 'json'): CustomerDirectory {
    return { format, customers: this.customers, read: this.read, skips: this.skips };
  }
}
