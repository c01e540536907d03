/**
 * Zendesk Support exports: `{tickets:[...]}`, `{ticket:{...}}` or search `{results:[...]}`,
 * with optional side-loads (users, organizations, groups, ticket_fields), comments embedded
 * per ticket or as a top-level list with `ticket_id`, metric sets and audits.
 */
import type { TicketRow } from '../store/rows.ts';
import type { JsonObject } from './json-access.ts';
import { arr, firstStr, isObject, obj, str, strList } from './json-access.ts';
import type { TicketBatch } from './ticket-batch.ts';
import { parseTimestamp } from './timestamps.ts';
import {
  changeBody,
  normalizePriority,
  normalizeStatus,
  resolveCustomerRef,
} from './vocabulary.ts';

/** True for a document that holds Zendesk tickets, comments or audits. */
export function isZendeskDocument(doc: JsonObject): boolean {
  if (isObject(doc.ticket)) return 'subject' in doc.ticket || 'requester_id' in doc.ticket;
  const list = arr(doc.tickets ?? doc.results);
  const first = list.map(obj).find((o) => o !== null);
  if (first) return 'id' in first && ('subject' in first || 'requester_id' in first);
  // An empty ticket export is still a Zendesk export.
  if (Array.isArray(doc.tickets)) return true;
  const comment = obj(arr(doc.comments)[0]);
  if (comment) return 'author_id' in comment && 'created_at' in comment;
  const audit = obj(arr(doc.audits)[0]);
  return audit !== null && 'ticket_id' in audit && Array.isArray(audit.events);
}

function indexById(list: unknown): Map<string, JsonObject> {
  const map = new Map<string, JsonObject>();
  for (const item of arr(list)) {
    const o = obj(item);
    const id = str(o?.id);
    if (o && id) map.set(id, o);
  }
  return map;
}

function groupByTicket(list: unknown): Map<string, JsonObject[]> {
  const map = new Map<string, JsonObject[]>();
  for (const item of arr(list)) {
    const o = obj(item);
    const id = str(o?.ticket_id);
    if (!o || !id) continue;
    map.set(id, [...(map.get(id) ?? []), o]);
  }
  return map;
}

interface SideLoads {
  users: Map<string, JsonObject>;
  organizations: Map<string, JsonObject>;
  groups: Map<string, JsonObject>;
  /** ticket field id -> title, to find a product version field. */
  fieldTitles: Map<string, string>;
  comments: Map<string, JsonObject[]>;
  audits: Map<string, JsonObject[]>;
  metricSets: Map<string, JsonObject>;
}

/** Reads a Zendesk document into the batch; records without id or creation time are skipped. */
export function readZendesk(doc: JsonObject, batch: TicketBatch): void {
  const fieldTitles = new Map<string, string>();
  for (const [id, field] of indexById(doc.ticket_fields)) {
    const title = str(field.title);
    if (title) fieldTitles.set(id, title);
  }
  const metricSets = new Map<string, JsonObject>();
  for (const m of arr(doc.metric_sets)) {
    const id = str(obj(m)?.ticket_id);
    if (id) metricSets.set(id, m as JsonObject);
  }
  const side: SideLoads = {
    users: indexById(doc.users),
    organizations: indexById(doc.organizations),
    groups: indexById(doc.groups),
    fieldTitles,
    comments: groupByTicket(doc.comments),
    audits: groupByTicket(doc.audits),
    metricSets,
  };
  const records = isObject(doc.ticket) ? [doc.ticket] : arr(doc.tickets ?? doc.results);
  records.forEach((record, index) => {
    batch.read += 1;
    const ticket = obj(record);
    // Search results mix users and organizations in; only tickets count.
    if (ticket && ticket.result_type !== undefined && ticket.result_type !== 'ticket') return;
    if (ticket) readTicket(ticket, side, batch, index + 1);
    else batch.skip('not-an-object', index + 1);
  });
  if (records.length === 0) {
    // A comments- or audits-only export names tickets this file does not hold.
    for (const list of [arr(doc.comments), arr(doc.audits)]) {
      for (let i = 0; i < list.length; i++) {
        batch.read += 1;
        batch.skip('ticket-not-in-file', i + 1);
      }
    }
  }
}

function userName(side: SideLoads, id: unknown): string | null {
  const key = str(id);
  if (!key) return null;
  const user = side.users.get(key);
  return firstStr(user?.name, user?.email) ?? key;
}

function readTicket(t: JsonObject, side: SideLoads, batch: TicketBatch, line: number): void {
  const externalId = str(t.id);
  if (!externalId) return batch.skip('missing-id', line);
  const createdAt = parseTimestamp(t.created_at);
  if (createdAt === null) return batch.skip('bad-timestamp', line);
  const id = batch.ticketId(externalId);
  const status = normalizeStatus(t.status) ?? 'unknown';
  const orgId = str(t.organization_id);
  const org = orgId ? side.organizations.get(orgId) : undefined;
  const orgFields = obj(org?.organization_fields);
  const via = obj(t.via);
  const from = obj(obj(via?.source)?.from);
  const groupId = str(t.group_id);
  const requester = side.users.get(str(t.requester_id) ?? '');
  const audits = [...arr(t.audits), ...(side.audits.get(externalId) ?? [])];
  const ticket: TicketRow = {
    id,
    system: 'zendesk',
    externalId,
    customerRef: resolveCustomerRef({
      externalId: org?.external_id,
      tenantId: orgFields?.tenant_id ?? orgFields?.tenant,
      name: org?.name,
      id: orgId,
    }),
    requester: firstStr(
      requester?.name,
      requester?.email,
      from?.name,
      from?.address,
      t.requester_id,
    ),
    subject: firstStr(t.subject, t.raw_subject) ?? '',
    description: str(t.description) ?? '',
    status,
    priority: normalizePriority(t.priority),
    channel: str(via?.channel),
    group: groupId ? (str(side.groups.get(groupId)?.name) ?? groupId) : null,
    assignee: userName(side, t.assignee_id),
    createdAt,
    resolvedAt: resolvedAt(t, side, audits, status),
    tags: strList(t.tags, /\s+/),
    productVersion: productVersion(t, side),
  };
  if (!batch.addTicket(ticket, line)) return;
  const comments = [...arr(t.comments), ...(side.comments.get(externalId) ?? [])];
  for (const c of comments) addComment(batch, id, obj(c), side, null);
  for (const a of audits) addAudit(batch, id, obj(a), side, comments.length === 0);
}

function resolvedAt(t: JsonObject, side: SideLoads, audits: unknown[], status: string) {
  const metrics = obj(t.metric_set) ?? side.metricSets.get(str(t.id) ?? '');
  const solvedAt = parseTimestamp(metrics?.solved_at);
  if (solvedAt !== null) return solvedAt;
  let fromAudit: number | null = null;
  for (const audit of audits) {
    const a = obj(audit);
    for (const e of arr(a?.events)) {
      const change = obj(e);
      if (change?.field_name === 'status' && change.value === 'solved') {
        fromAudit = parseTimestamp(a?.created_at) ?? fromAudit;
      }
    }
  }
  if (fromAudit !== null) return fromAudit;
  return status === 'solved' || status === 'closed' ? parseTimestamp(t.updated_at) : null;
}

function productVersion(t: JsonObject, side: SideLoads): string | null {
  for (const f of [...arr(t.custom_fields), ...arr(t.fields)]) {
    const field = obj(f);
    const title = side.fieldTitles.get(str(field?.id) ?? '');
    if (title && /version/i.test(title)) {
      const value = str(field?.value);
      if (value) return value;
    }
  }
  return null;
}

function addComment(
  batch: TicketBatch,
  ticketId: string,
  c: JsonObject | null,
  side: SideLoads,
  fallbackTs: number | null,
): void {
  const ts = parseTimestamp(c?.created_at) ?? fallbackTs;
  const body = firstStr(c?.plain_body, c?.body, c?.html_body);
  if (!c || ts === null || body === null) return batch.skip('bad-comment', 0);
  batch.addEvent({
    ticketId,
    ts,
    kind: 'comment',
    author: userName(side, c.author_id),
    public: c.public !== false,
    body,
  });
}

// Audits give status and assignee history, and the comments when no comment list exists.
function addAudit(
  batch: TicketBatch,
  ticketId: string,
  a: JsonObject | null,
  side: SideLoads,
  withComments: boolean,
): void {
  const ts = parseTimestamp(a?.created_at);
  if (!a || ts === null) return batch.skip('bad-audit', 0);
  for (const e of arr(a.events)) {
    const event = obj(e);
    if (!event) continue;
    if (event.type === 'Comment' && withComments) {
      addComment(
        batch,
        ticketId,
        { ...event, author_id: event.author_id ?? a.author_id },
        side,
        ts,
      );
    } else if (event.type === 'Change' && event.field_name === 'status') {
      const body = changeBody(str(event.previous_value), str(event.value));
      batch.addEvent({
        ticketId,
        ts,
        kind: 'status',
        author: userName(side, a.author_id),
        public: false,
        body,
      });
    } else if (event.type === 'Change' && event.field_name === 'assignee_id') {
      const body = changeBody(userName(side, event.previous_value), userName(side, event.value));
      batch.addEvent({
        ticketId,
        ts,
        kind: 'assignment',
        author: userName(side, a.author_id),
        public: false,
        body,
      });
    }
  }
}
