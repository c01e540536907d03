/**
 * Imports the non-log sources: customer directory, ticket exports, KB articles and
 * releases. Each file is read by its own reader (core/customers, core/tickets, core/kb,
 * core/releases); a file that cannot be read is reported, not fatal.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { readCustomerDirectory, type CustomerColumnMap } from '../customers/read-directory.ts';
import { isCaselineError } from '../errors.ts';
import { readKbFile } from '../kb/read-articles.ts';
import { readReleasesFile } from '../releases/read-releases.ts';
import type {
  CustomerRow,
  KbArticleRow,
  ReleaseRow,
  SkipTally,
  TicketEventRow,
  TicketRow,
} from '../store/rows.ts';
import { loadRows, type TableLoad } from './load-rows.ts';
import { readTicketFile } from '../tickets/read-tickets.ts';
import type { TextRedactor } from './import-logs.ts';
import {
  reportFromTally,
  unreadableSource,
  type SourceKind,
  type SourceReport,
} from './source-report.ts';

const customerLoad: TableLoad<CustomerRow> = {
  table: 'customers',
  columns: [
    ['customer_id', 'customerId', 'VARCHAR'],
    ['name', 'name', 'VARCHAR'],
    ['tenant_ids', 'tenantIds', 'VARCHAR[]'],
    ['segment', 'segment', 'VARCHAR'],
    ['tier', 'tier', 'VARCHAR'],
    ['arr', 'arr', 'DOUBLE'],
    ['region', 'region', 'VARCHAR'],
    ['locale', 'locale', 'VARCHAR'],
  ],
};

const ticketLoad: TableLoad<TicketRow> = {
  table: 'tickets',
  columns: [
    ['id', 'id', 'VARCHAR'],
    ['system', 'system', 'VARCHAR'],
    ['external_id', 'externalId', 'VARCHAR'],
    ['customer_ref', 'customerRef', 'VARCHAR'],
    ['requester', 'requester', 'VARCHAR'],
    ['subject', 'subject', 'VARCHAR'],
    ['description', 'description', 'VARCHAR'],
    ['status', 'status', 'VARCHAR'],
    ['priority', 'priority', 'VARCHAR'],
    ['channel', 'channel', 'VARCHAR'],
    ['group', 'group', 'VARCHAR'],
    ['assignee', 'assignee', 'VARCHAR'],
    ['created_at', 'createdAt', 'TIMESTAMP_MS'],
    ['resolved_at', 'resolvedAt', 'TIMESTAMP_MS'],
    ['tags', 'tags', 'VARCHAR[]'],
    ['product_version', 'productVersion', 'VARCHAR'],
  ],
};

const ticketEventLoad: TableLoad<TicketEventRow> = {
  table: 'ticket_events',
  columns: [
    ['ticket_id', 'ticketId', 'VARCHAR'],
    ['ts', 'ts', 'TIMESTAMP_MS'],
    ['kind', 'kind', 'VARCHAR'],
    ['author', 'author', 'VARCHAR'],
    ['public', 'public', 'BOOLEAN'],
    ['body', 'body', 'VARCHAR'],
  ],
};

const kbLoad: TableLoad<KbArticleRow> = {
  table: 'kb_articles',
  columns: [
    ['id', 'id', 'VARCHAR'],
    ['title', 'title', 'VARCHAR'],
    ['body', 'body', 'VARCHAR'],
    ['tags', 'tags', 'VARCHAR[]'],
    ['updated_at', 'updatedAt', 'TIMESTAMP_MS'],
    ['source', 'source', 'VARCHAR'],
  ],
};

const releaseLoad: TableLoad<ReleaseRow> = {
  table: 'releases',
  columns: [
    ['version', 'version', 'VARCHAR'],
    ['service', 'service', 'VARCHAR'],
    ['ts', 'ts', 'TIMESTAMP_MS'],
  ],
};

export interface RecordImportContext {
  conn: DuckDBConnection;
  scratch: string;
  redactor: TextRedactor;
  redact: boolean;
}

interface ReadResult<T> {
  format: string;
  rows: T[];
  read: number;
  skips: SkipTally;
}

/** Reads one file with `read` and loads its rows; unreadable files become a report. */
async function importFile<T extends object>(
  path: string,
  kind: SourceKind,
  ctx: RecordImportContext,
  read: () => Promise<ReadResult<T>>,
  load: TableLoad<T>,
  unique?: (row: T) => string,
  seen?: Set<string>,
): Promise<SourceReport> {
  let result: ReadResult<T>;
  try {
    result = await read();
  } catch (e) {
    if (isCaselineError(e)) return unreadableSource(path, kind, String(e.params.reason ?? e.code));
    return unreadableSource(path, kind, 'unreadable');
  }
  let rows = result.rows;
  if (unique && seen) {
    rows = rows.filter((r) => {
      const key = unique(r);
      if (seen.has(key)) {
        result.skips.counts['duplicate-id'] = (result.skips.counts['duplicate-id'] ?? 0) + 1;
        return false;
      }
      seen.add(key);
      return true;
    });
  }
  await loadRows(ctx.conn, load, rows, ctx.scratch);
  return reportFromTally(path, kind, result.format, result.read, rows.length, result.skips);
}

export function importCustomers(
  path: string,
  map: CustomerColumnMap | undefined,
  ctx: RecordImportContext,
  seen: Set<string>,
): Promise<SourceReport> {
  return importFile(
    path,
    'customers',
    ctx,
    async () => {
      const r = await readCustomerDirectory(path, map);
      return { format: r.format, rows: r.customers, read: r.read, skips: r.skips };
    },
    customerLoad,
    (c) => c.customerId,
    seen,
  );
}

export async function importTickets(
  path: string,
  ctx: RecordImportContext,
  seen: Set<string>,
): Promise<SourceReport> {
  let events: TicketEventRow[] = [];
  const report = await importFile(
    path,
    'tickets',
    ctx,
    async () => {
      const r = await readTicketFile(path);
      events = r.events;
      const tickets = ctx.redact ? r.tickets.map((t) => redactTicket(t, ctx.redactor)) : r.tickets;
      return { format: r.format, rows: tickets, read: r.read, skips: r.skips };
    },
    ticketLoad,
    (t) => t.id,
    seen,
  );
  if (ctx.redact) {
    events = events.map((e) => ({
      ...e,
      body: ctx.redactor.redact(e.body),
      author: e.author === null ? null : ctx.redactor.redact(e.author),
    }));
  }
  await loadRows(ctx.conn, ticketEventLoad, events, ctx.scratch);
  return report;
}

function redactTicket(t: TicketRow, redactor: TextRedactor): TicketRow {
  return {
    ...t,
    requester: t.requester === null ? null : redactor.redact(t.requester),
    subject: redactor.redact(t.subject),
    description: redactor.redact(t.description),
  };
}

export function importKb(
  path: string,
  ctx: RecordImportContext,
  seen: Set<string>,
): Promise<SourceReport> {
  return importFile(
    path,
    'kb',
    ctx,
    async () => {
      const r = await readKbFile(path);
      return { format: r.format, rows: r.articles, read: r.read, skips: r.skips };
    },
    kbLoad,
    (a) => a.id,
    seen,
  );
}

export function importReleases(path: string, ctx: RecordImportContext): Promise<SourceReport> {
  return importFile(
    path,
    'releases',
    ctx,
    async () => {
      const r = await readReleasesFile(path);
      return { format: r.format, rows: r.releases, read: r.read, skips: r.skips };
    },
    releaseLoad,
  );
}
