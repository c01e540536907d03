/**
 * The ServiceNow incident event log CSV (the shape of the UCI "incident management
 * process enriched event log"): one row per update of an incident, many rows per
 * `number`. Each incident becomes one ticket (values from its last row) with status and
 * assignment events from the changes between its rows. `?` means missing.
 */
import type { TicketRow } from '../store/rows.ts';
import type { CsvRow } from './source-file.ts';
import { streamCsv } from './source-file.ts';
import { TicketBatch } from './ticket-batch.ts';
import type { TicketFileResult } from './ticket-batch.ts';
import { parseTimestamp } from './timestamps.ts';
import { categoryTags, serviceNowState } from './servicenow.ts';
import { changeBody, normalizePriority } from './vocabulary.ts';

const REQUIRED = ['number', 'incident_state', 'sys_updated_at', 'opened_at'];

/** True when the CSV header has the event log's key columns. */
export function isServiceNowEventLogHeader(header: string[]): boolean {
  return REQUIRED.every((c) => header.includes(c));
}

const KNOWN_STATES = new Set([
  'new',
  'active',
  'in progress',
  'on hold',
  'awaiting user info',
  'awaiting evidence',
  'awaiting problem',
  'awaiting vendor',
  'resolved',
  'closed',
  'canceled',
]);

interface Incident {
  ticket: TicketRow;
  lastState: string;
  lastAssignee: string | null;
}

/** Streams the event log; resolves with one ticket per incident number. */
export async function readServiceNowEventLog(path: string): Promise<TicketFileResult> {
  const batch = new TicketBatch('servicenow');
  const incidents = new Map<string, Incident>();
  let col: Record<string, number> = {};
  const onHeader = (header: string[]) => {
    col = Object.fromEntries(header.map((h, i) => [h.trim().toLowerCase(), i]));
  };
  const onRow = ({ cells, line }: CsvRow) => {
    const get = (name: string): string | null => {
      const v = cells[col[name] ?? -1]?.trim();
      return v === undefined || v === '' || v === '?' ? null : v;
    };
    const number = get('number');
    if (!number) return batch.skip('missing-id', line);
    const state = serviceNowState(get('incident_state'));
    if (!state || !KNOWN_STATES.has(state)) return batch.skip('bad-status', line);
    const updatedAt = parseTimestamp(get('sys_updated_at'));
    const openedAt = parseTimestamp(get('opened_at'));
    if (updatedAt === null || openedAt === null) return batch.skip('bad-timestamp', line);
    const id = batch.ticketId(number);
    const assignee = get('assigned_to');
    // closed_at alone is not a resolution: incidents closed unresolved have no resolved_at.
    const resolvedAt = parseTimestamp(get('resolved_at'));
    const ticket: TicketRow = {
      id,
      system: 'servicenow',
      externalId: number,
      customerRef: get('company') ?? get('u_company'),
      requester: get('caller_id'),
      subject: [get('category'), get('subcategory'), get('u_symptom')].filter(Boolean).join(' / '),
      description: '',
      status: state,
      priority: normalizePriority(get('priority')),
      channel: get('contact_type')?.toLowerCase() ?? null,
      group: get('assignment_group'),
      assignee,
      createdAt: openedAt,
      resolvedAt,
      tags: categoryTags(get('category'), get('subcategory')),
      productVersion: get('u_version') ?? get('version'),
    };
    const author = get('sys_updated_by');
    const known = incidents.get(number);
    if (!known) {
      incidents.set(number, { ticket, lastState: state, lastAssignee: assignee });
      if (assignee) event(id, updatedAt, 'assignment', author, changeBody(null, assignee));
      return;
    }
    if (state !== known.lastState) {
      event(id, updatedAt, 'status', author, changeBody(known.lastState, state));
    }
    if (assignee !== known.lastAssignee && assignee !== null) {
      event(id, updatedAt, 'assignment', author, changeBody(known.lastAssignee, assignee));
    }
    known.ticket = ticket;
    known.lastState = state;
    known.lastAssignee = assignee ?? known.lastAssignee;
  };
  const event = (
    ticketId: string,
    ts: number,
    kind: 'status' | 'assignment',
    author: string | null,
    body: string,
  ) => batch.addEvent({ ticketId, ts, kind, author, public: false, body });

  batch.read = await streamCsv(path, onHeader, onRow, (line) => batch.skip('malformed-csv', line));
  for (const { ticket } of incidents.values()) batch.addTicket(ticket, 0);
  return batch.result();
}
