/**
 * ServiceNow Table API exports (`{result:[...]}` of incidents). Reference fields come as
 * `{link, value}`, `{display_value, value}` or plain strings; an optional top-level
 * `journal` list (sys_journal_field rows) gives comments and work notes.
 */
import type { JsonObject } from './json-access.ts';
import { arr, firstStr, isObject, obj, str, strList } from './json-access.ts';
import type { TicketBatch } from './ticket-batch.ts';
import { parseTimestamp } from './timestamps.ts';
import { normalizePriority, normalizeStatus, resolveCustomerRef } from './vocabulary.ts';

/** Incident state codes of the ServiceNow base system. */
const STATES: Record<string, string> = {
  '1': 'new',
  '2': 'in progress',
  '3': 'on hold',
  '4': 'awaiting user info',
  '5': 'awaiting evidence',
  '6': 'resolved',
  '7': 'closed',
  '8': 'canceled',
};

/** The state's name for a code (`7` -> `closed`) or a name; null when absent. */
export function serviceNowState(value: string | null): string | null {
  if (value === null) return null;
  return STATES[value] ?? normalizeStatus(value);
}

/** True for a Table API document whose records look like task/incident rows. */
export function isServiceNowDocument(doc: JsonObject): boolean {
  const first = obj(Array.isArray(doc.result) ? doc.result[0] : doc.result);
  return first !== null && ('number' in first || 'sys_id' in first);
}

/** The display value of a field in any of the three shapes, else its raw value. */
function display(value: unknown): string | null {
  if (isObject(value)) return firstStr(value.display_value, value.value);
  return str(value);
}

function raw(value: unknown): string | null {
  return isObject(value) ? str(value.value) : str(value);
}

/** Reads a Table API document into the batch. */
export function readServiceNow(doc: JsonObject, batch: TicketBatch): void {
  const journal = new Map<string, JsonObject[]>();
  for (const entry of arr(doc.journal)) {
    const e = obj(entry);
    const key = raw(e?.element_id);
    if (e && key) journal.set(key, [...(journal.get(key) ?? []), e]);
  }
  const records = Array.isArray(doc.result) ? doc.result : [doc.result];
  records.forEach((record, index) => {
    batch.read += 1;
    const r = obj(record);
    if (!r) return batch.skip('not-an-object', index + 1);
    readIncident(r, journal, batch, index + 1);
  });
}

function readIncident(
  r: JsonObject,
  journal: Map<string, JsonObject[]>,
  batch: TicketBatch,
  line: number,
): void {
  const externalId = display(r.number);
  if (!externalId) return batch.skip('missing-id', line);
  const createdAt = parseTimestamp(raw(r.opened_at) ?? raw(r.sys_created_on));
  if (createdAt === null) return batch.skip('bad-timestamp', line);
  const id = batch.ticketId(externalId);
  const stateField = isObject(r.state) ? r.state : (r.incident_state ?? r.state);
  const status =
    (isObject(stateField) ? normalizeStatus(stateField.display_value) : null) ??
    serviceNowState(raw(stateField)) ??
    'unknown';
  const company = r.company ?? r.account;
  const ticket = {
    id,
    system: 'servicenow' as const,
    externalId,
    customerRef: resolveCustomerRef({
      tenantId: raw(r.u_tenant_id ?? r.u_tenant),
      name: isObject(company) ? company.display_value : null,
      id: raw(company),
    }),
    requester: display(r.caller_id ?? r.opened_by),
    subject: display(r.short_description) ?? '',
    description: display(r.description) ?? '',
    status,
    priority: normalizePriority(raw(r.priority)),
    channel: display(r.contact_type),
    group: display(r.assignment_group),
    assignee: display(r.assigned_to),
    createdAt,
    resolvedAt: parseTimestamp(raw(r.resolved_at)) ?? parseTimestamp(raw(r.closed_at)),
    tags: [
      ...strList(raw(r.sys_tags), /,/),
      ...categoryTags(display(r.category), display(r.subcategory)),
    ],
    productVersion: display(r.u_product_version ?? r.u_version ?? r.version),
  };
  if (!batch.addTicket(ticket, line)) return;
  for (const entry of journal.get(raw(r.sys_id) ?? '') ?? []) {
    const ts = parseTimestamp(raw(entry.sys_created_on));
    const body = display(entry.value);
    if (ts === null || body === null) {
      batch.skip('bad-comment', line);
      continue;
    }
    batch.addEvent({
      ticketId: id,
      ts,
      kind: 'comment',
      author: display(entry.sys_created_by),
      // Work notes are internal; only additional comments reach the customer.
      public: raw(entry.element) !== 'work_notes',
      body,
    });
  }
}

/** Category and subcategory as `category:...` tags: the only topic a text-less log has. */
export function categoryTags(category: string | null, subcategory: string | null): string[] {
  const tags: string[] = [];
  if (category) tags.push(`category:${category}`);
  if (subcategory) tags.push(`subcategory:${subcategory}`);
  return tags;
}
