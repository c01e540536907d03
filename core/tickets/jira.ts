/**
 * Jira REST exports: search `{issues:[...]}` or a single issue with `fields`. Comments
 * from fields.comment.comments, status and assignee changes from changelog.histories,
 * the customer from an organization custom field, `fields.customer`, or a
 * `customer:`/`tenant:` label.
 */
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

const CUSTOMER_FIELD = /organi[sz]ation|customer|tenant|account|company/i;
const GROUP_FIELD = /^(team|group|assignment group|support team)$/i;

/** True for a Jira search result, a single issue, or an issue's comment list. */
export function isJiraDocument(doc: JsonObject): boolean {
  if (Array.isArray(doc.issues)) return true;
  if (typeof doc.key === 'string' && isObject(doc.fields)) return true;
  const comment = obj(arr(doc.comments)[0]);
  return comment !== null && isObject(comment.author) && 'created' in comment;
}

/** Text of a plain string or an Atlassian Document Format node (Jira Cloud v3). */
export function jiraText(value: unknown): string | null {
  if (typeof value === 'string') return str(value);
  const node = obj(value);
  if (!node) return null;
  if (typeof node.text === 'string') return node.text;
  const parts = arr(node.content)
    .map(jiraText)
    .filter((p): p is string => p !== null);
  const block = node.type === 'paragraph' || node.type === 'heading' || node.type === 'doc';
  return parts.length ? parts.join(block && node.type === 'doc' ? '\n' : '') : null;
}

function person(value: unknown): string | null {
  const p = obj(value);
  return p ? firstStr(p.displayName, p.emailAddress, p.name, p.accountId) : str(value);
}

/** Reads a Jira document into the batch. */
export function readJira(doc: JsonObject, batch: TicketBatch): void {
  const names = new Map<string, string>();
  for (const [id, name] of Object.entries(obj(doc.names) ?? {})) {
    if (typeof name === 'string') names.set(id, name);
  }
  if (!Array.isArray(doc.issues) && !isObject(doc.fields)) {
    // An issue's comment list alone: the issue is in another file.
    for (let i = 0; i < arr(doc.comments).length; i++) {
      batch.read += 1;
      batch.skip('ticket-not-in-file', i + 1);
    }
    return;
  }
  const issues = Array.isArray(doc.issues) ? doc.issues : [doc];
  issues.forEach((item, index) => {
    batch.read += 1;
    const issue = obj(item);
    if (!issue) return batch.skip('not-an-object', index + 1);
    readIssue(issue, names, batch, index + 1);
  });
}

function customerOf(fields: JsonObject, names: Map<string, string>): string | null {
  const candidates: unknown[] = [fields.customer, fields.organizations, fields.organization];
  for (const [key, value] of Object.entries(fields)) {
    if (key.startsWith('customfield_') && CUSTOMER_FIELD.test(names.get(key) ?? '')) {
      candidates.push(value);
    }
  }
  for (const candidate of candidates) {
    const first: unknown = Array.isArray(candidate) ? arr(candidate)[0] : candidate;
    const o = obj(first);
    const ref = o
      ? resolveCustomerRef({
          externalId: o.externalId,
          tenantId: o.tenantId,
          name: o.name ?? o.value,
          id: o.id,
        })
      : str(first);
    if (ref) return ref;
  }
  for (const label of strList(fields.labels)) {
    const m = /^(?:customer|tenant|org)[:=_](.+)$/i.exec(label);
    if (m) return m[1];
  }
  return null;
}

function groupOf(fields: JsonObject, names: Map<string, string>): string | null {
  for (const [key, value] of Object.entries(fields)) {
    if (key.startsWith('customfield_') && GROUP_FIELD.test(names.get(key) ?? '')) {
      const v = obj(value);
      const name = v ? firstStr(v.name, v.value, v.title) : str(value);
      if (name) return name;
    }
  }
  // Without a team field, the first component is where the work is routed.
  return str(obj(arr(fields.components)[0])?.name);
}

function readIssue(
  issue: JsonObject,
  names: Map<string, string>,
  batch: TicketBatch,
  line: number,
): void {
  const externalId = str(issue.key);
  const fields = obj(issue.fields);
  if (!externalId || !fields) return batch.skip('missing-id', line);
  const createdAt = parseTimestamp(fields.created);
  if (createdAt === null) return batch.skip('bad-timestamp', line);
  const id = batch.ticketId(externalId);
  const version = obj(arr(fields.versions)[0]) ?? obj(arr(fields.fixVersions)[0]);
  const added = batch.addTicket(
    {
      id,
      system: 'jira',
      externalId,
      customerRef: customerOf(fields, names),
      requester: person(fields.reporter ?? fields.creator),
      subject: str(fields.summary) ?? '',
      description: jiraText(fields.description) ?? '',
      status: normalizeStatus(obj(fields.status)?.name ?? fields.status) ?? 'unknown',
      priority: normalizePriority(obj(fields.priority)?.name ?? fields.priority),
      channel: null,
      group: groupOf(fields, names),
      assignee: person(fields.assignee),
      createdAt,
      resolvedAt: parseTimestamp(fields.resolutiondate),
      tags: strList(fields.labels),
      productVersion: str(version?.name),
    },
    line,
  );
  if (!added) return;
  for (const c of arr(obj(fields.comment)?.comments)) {
    const comment = obj(c);
    const ts = parseTimestamp(comment?.created);
    const body = jiraText(comment?.body);
    if (!comment || ts === null || body === null) {
      batch.skip('bad-comment', line);
      continue;
    }
    // JSM marks internal comments with jsdPublic: false; plain Jira comments are visible.
    const isPublic = comment.jsdPublic !== false && !isObject(comment.visibility);
    batch.addEvent({
      ticketId: id,
      ts,
      kind: 'comment',
      author: person(comment.author),
      public: isPublic,
      body,
    });
  }
  for (const h of arr(obj(issue.changelog)?.histories)) {
    const history = obj(h);
    const ts = parseTimestamp(history?.created);
    if (!history || ts === null) {
      batch.skip('bad-changelog', line);
      continue;
    }
    for (const i of arr(history.items)) {
      const item = obj(i);
      const field = str(item?.field)?.toLowerCase();
      if (field !== 'status' && field !== 'assignee') continue;
      // `toString` is also every object's method: read it only as the item's own key.
      const toValue: unknown = item
        ? Object.getOwnPropertyDescriptor(item, 'toString')?.value
        : null;
      const from = field === 'status' ? normalizeStatus(item?.fromString) : str(item?.fromString);
      const to = field === 'status' ? normalizeStatus(toValue) : str(toValue);
      batch.addEvent({
        ticketId: id,
        ts,
        kind: field === 'status' ? 'status' : 'assignment',
        author: person(history.author),
        public: false,
        body: changeBody(from, to),
      });
    }
  }
}
