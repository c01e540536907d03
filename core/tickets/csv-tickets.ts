/**
 * Generic ticket CSV with a header row: columns found by common names
 * (id, subject, status, created_at, customer, ...), case- and separator-insensitive.
 */
import type { CsvRow } from './source-file.ts';
import { normalizeHeader, streamCsv } from './source-file.ts';
import { TicketBatch } from './ticket-batch.ts';
import type { TicketFileResult } from './ticket-batch.ts';
import { parseTimestamp } from './timestamps.ts';
import { strList } from './json-access.ts';
import { normalizePriority, normalizeStatus } from './vocabulary.ts';

const ALIASES = {
  id: [
    'id',
    'ticket_id',
    'ticket',
    'key',
    'issue_key',
    'number',
    'case_id',
    'case_number',
    'external_id',
  ],
  subject: ['subject', 'title', 'summary', 'short_description'],
  description: ['description', 'body', 'details', 'text', 'message'],
  status: ['status', 'state', 'incident_state'],
  priority: ['priority', 'severity', 'urgency'],
  createdAt: [
    'created_at',
    'created',
    'opened_at',
    'created_date',
    'date_created',
    'creation_date',
    'opened',
  ],
  resolvedAt: [
    'resolved_at',
    'resolved',
    'solved_at',
    'resolution_date',
    'resolutiondate',
    'closed_at',
    'closed',
  ],
  customer: [
    'customer_id',
    'customer',
    'tenant_id',
    'tenant',
    'organization_id',
    'organization',
    'org_id',
    'org',
    'account_id',
    'account',
    'company',
  ],
  requester: ['requester', 'requester_email', 'reporter', 'caller', 'caller_id', 'requested_by'],
  assignee: ['assignee', 'assigned_to', 'owner', 'agent'],
  group: ['group', 'team', 'assignment_group', 'queue'],
  channel: ['channel', 'via', 'source', 'contact_type'],
  tags: ['tags', 'labels'],
  version: ['product_version', 'version', 'app_version', 'release'],
} as const;

type Column = keyof typeof ALIASES;

/** Column index per Caseline field, from a header row; alias order sets preference. */
export function ticketColumns(header: string[]): Partial<Record<Column, number>> {
  const normalized = header.map(normalizeHeader);
  const columns: Partial<Record<Column, number>> = {};
  for (const key of Object.keys(ALIASES) as Column[]) {
    for (const alias of ALIASES[key]) {
      const index = normalized.indexOf(alias);
      if (index >= 0) {
        columns[key] = index;
        break;
      }
    }
  }
  return columns;
}

/** True when a header names at least an id and a subject or creation time. */
export function isTicketCsvHeader(header: string[]): boolean {
  const c = ticketColumns(header);
  return c.id !== undefined && (c.subject !== undefined || c.createdAt !== undefined);
}

/** Streams a generic ticket CSV; rows without id or a valid creation time are skipped. */
export async function readTicketCsv(path: string): Promise<TicketFileResult> {
  const batch = new TicketBatch('csv');
  let columns: Partial<Record<Column, number>> = {};
  const onRow = ({ cells, line }: CsvRow) => {
    const get = (key: Column): string | null => {
      const index = columns[key];
      const v = index === undefined ? undefined : cells[index]?.trim();
      return v === undefined || v === '' ? null : v;
    };
    const externalId = get('id');
    if (!externalId) return batch.skip('missing-id', line);
    const createdAt = parseTimestamp(get('createdAt'));
    if (createdAt === null) return batch.skip('bad-timestamp', line);
    const resolvedText = get('resolvedAt');
    const resolvedAt = parseTimestamp(resolvedText);
    if (resolvedText !== null && resolvedAt === null) return batch.skip('bad-timestamp', line);
    batch.addTicket(
      {
        id: batch.ticketId(externalId),
        system: 'csv',
        externalId,
        customerRef: get('customer'),
        requester: get('requester'),
        subject: get('subject') ?? '',
        description: get('description') ?? '',
        status: normalizeStatus(get('status')) ?? (resolvedAt === null ? 'open' : 'solved'),
        priority: normalizePriority(get('priority')),
        channel: get('channel'),
        group: get('group'),
        assignee: get('assignee'),
        createdAt,
        resolvedAt,
        tags: strList(get('tags'), /[;|,\s]+/),
        productVersion: get('version'),
      },
      line,
    );
  };
  batch.read = await streamCsv(
    path,
    (header) => (columns = ticketColumns(header)),
    onRow,
    (line) => batch.skip('malformed-csv', line),
  );
  return batch.result();
}
