/**
 * Entry point for ticket exports: detects the system from the content (never the file
 * name) and hands the file to its importer.
 */
import { parse } from 'csv-parse/sync';
import { CaselineError } from '../errors.ts';
import { arr, isObject } from './json-access.ts';
import type { JsonObject } from './json-access.ts';
import { readTicketCsv, isTicketCsvHeader } from './csv-tickets.ts';
import { isJiraDocument, readJira } from './jira.ts';
import { isJsmDocument, readJsm } from './jira-service-management.ts';
import { isServiceNowEventLogHeader, readServiceNowEventLog } from './servicenow-event-log.ts';
import { isServiceNowDocument, readServiceNow } from './servicenow.ts';
import { detectDelimiter, looksLikeJson, peekText, readJsonDocument } from './source-file.ts';
import { TicketBatch } from './ticket-batch.ts';
import type { TicketFileResult } from './ticket-batch.ts';
import { isZendeskDocument, readZendesk } from './zendesk.ts';

export type { TicketFileResult } from './ticket-batch.ts';
export { resolveCustomerRef, normalizePriority } from './vocabulary.ts';
export { parseTimestamp } from './timestamps.ts';

/**
 * Reads one ticket export (plain or gzip): Zendesk, ServiceNow Table API or incident
 * event log CSV, Jira, Jira Service Management, or a generic CSV.
 * Returns the tickets, their comment/status/assignment events, records seen and skips.
 * Throws CaselineError 'source-not-found' for a missing file, 'source-unreadable' with
 * reason 'unknown-ticket-format', 'malformed-json', 'malformed-csv' or 'too-large'.
 */
export async function readTicketFile(path: string): Promise<TicketFileResult> {
  const head = await peekText(path);
  if (looksLikeJson(head)) return readTicketJson(path, await readJsonDocument(path));
  const header = csvHeader(head);
  if (header && isServiceNowEventLogHeader(header)) return readServiceNowEventLog(path);
  if (header && isTicketCsvHeader(header)) return readTicketCsv(path);
  throw new CaselineError('source-unreadable', { path, reason: 'unknown-ticket-format' });
}

function csvHeader(head: string): string[] | null {
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  try {
    const rows: unknown = parse(firstLine, {
      delimiter: detectDelimiter(firstLine),
      bom: true,
    });
    const first = arr(rows)[0];
    return Array.isArray(first) ? arr(first).map((h) => String(h).trim().toLowerCase()) : null;
  } catch {
    return null;
  }
}

const READERS: [string, (d: JsonObject) => boolean, (d: JsonObject, b: TicketBatch) => void][] = [
  ['zendesk', isZendeskDocument, readZendesk],
  ['servicenow', isServiceNowDocument, readServiceNow],
  ['jira-service-management', isJsmDocument, readJsm],
  ['jira', isJiraDocument, readJira],
];

function readTicketJson(path: string, doc: unknown): TicketFileResult {
  // A bare array of records is read as the list its first element belongs to.
  const document = Array.isArray(doc) ? wrapArray(doc) : doc;
  if (isObject(document)) {
    for (const [name, matches, read] of READERS) {
      if (!matches(document)) continue;
      const batch = new TicketBatch(
        name === 'zendesk' ? 'zendesk' : name === 'servicenow' ? 'servicenow' : 'jira',
      );
      read(document, batch);
      return batch.result();
    }
  }
  throw new CaselineError('source-unreadable', { path, reason: 'unknown-ticket-format' });
}

function wrapArray(list: unknown[]): JsonObject | null {
  const first: unknown = list[0];
  if (!isObject(first)) return null;
  if ('issueKey' in first) return { values: list };
  if ('key' in first && 'fields' in first) return { issues: list };
  if ('number' in first || 'sys_id' in first) return { result: list };
  return { tickets: list };
}
