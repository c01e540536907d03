/**
 * Jira Service Management customer requests (`/rest/servicedeskapi/request`): a list
 * `{values:[...]}` or one request. Stored as system 'jira' (it is Jira underneath, and
 * issue keys are shared).
 */
import type { JsonObject } from './json-access.ts';
import { arr, firstStr, obj, str } from './json-access.ts';
import type { TicketBatch } from './ticket-batch.ts';
import { parseTimestamp } from './timestamps.ts';
import {
  changeBody,
  normalizePriority,
  normalizeStatus,
  resolveCustomerRef,
} from './vocabulary.ts';

/** True for a customer request or a page of them. */
export function isJsmDocument(doc: JsonObject): boolean {
  if ('issueKey' in doc && 'requestFieldValues' in doc) return true;
  const first = obj(arr(doc.values)[0]);
  return first !== null && 'issueKey' in first;
}

function person(value: unknown): string | null {
  const p = obj(value);
  return p ? firstStr(p.displayName, p.emailAddress, p.name, p.accountId) : str(value);
}

/** Reads JSM requests into the batch. */
export function readJsm(doc: JsonObject, batch: TicketBatch): void {
  const requests = 'issueKey' in doc ? [doc] : arr(doc.values);
  requests.forEach((item, index) => {
    batch.read += 1;
    const request = obj(item);
    if (!request) return batch.skip('not-an-object', index + 1);
    readRequest(request, batch, index + 1);
  });
}

function fieldValue(request: JsonObject, pattern: RegExp): unknown {
  for (const f of arr(request.requestFieldValues)) {
    const field = obj(f);
    if (field && (pattern.test(str(field.fieldId) ?? '') || pattern.test(str(field.label) ?? ''))) {
      return field.value;
    }
  }
  return undefined;
}

function valueText(value: unknown): string | null {
  const first: unknown = Array.isArray(value) ? arr(value)[0] : value;
  const o = obj(first);
  return o ? firstStr(o.name, o.value, o.displayName) : str(first);
}

function readRequest(request: JsonObject, batch: TicketBatch, line: number): void {
  const externalId = str(request.issueKey);
  if (!externalId) return batch.skip('missing-id', line);
  const createdAt = parseTimestamp(request.createdDate);
  if (createdAt === null) return batch.skip('bad-timestamp', line);
  const id = batch.ticketId(externalId);
  const current = obj(request.currentStatus);
  const done = str(current?.statusCategory)?.toUpperCase() === 'DONE';
  const organization = fieldValue(request, /organi[sz]ation|customer|tenant|company/i);
  const org = obj(Array.isArray(organization) ? arr(organization)[0] : organization);
  const added = batch.addTicket(
    {
      id,
      system: 'jira',
      externalId,
      customerRef: org
        ? resolveCustomerRef({ externalId: org.externalId, name: org.name, id: org.id })
        : valueText(organization),
      requester: person(request.reporter),
      subject: valueText(fieldValue(request, /^summary$/i)) ?? '',
      description: valueText(fieldValue(request, /^description$/i)) ?? '',
      status: normalizeStatus(current?.status) ?? 'unknown',
      priority: normalizePriority(valueText(fieldValue(request, /^priority$/i))),
      channel: 'portal',
      group: null,
      assignee: null,
      createdAt,
      resolvedAt: done ? parseTimestamp(current?.statusDate) : null,
      tags: [],
      productVersion: valueText(fieldValue(request, /version/i)),
    },
    line,
  );
  if (!added) return;
  // Expanded `comment` and `status` pages carry the conversation and status history.
  for (const c of arr(obj(request.comment)?.values)) {
    const comment = obj(c);
    const ts = parseTimestamp(comment?.created);
    const body = str(comment?.body);
    if (!comment || ts === null || body === null) {
      batch.skip('bad-comment', line);
      continue;
    }
    batch.addEvent({
      ticketId: id,
      ts,
      kind: 'comment',
      author: person(comment.author),
      public: comment.public !== false,
      body,
    });
  }
  let previous: string | null = null;
  const history = arr(obj(request.status)?.values)
    .map((s) => obj(s))
    .filter((s): s is JsonObject => s !== null)
    .map((s) => ({ status: normalizeStatus(s.status), ts: parseTimestamp(s.statusDate) }))
    .sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0));
  for (const { status, ts } of history) {
    if (ts === null) continue;
    if (previous !== null) {
      batch.addEvent({
        ticketId: id,
        ts,
        kind: 'status',
        author: null,
        public: false,
        body: changeBody(previous, status),
      });
    }
    previous = status;
  }
}
