/**
 * Rows that source readers (customers, tickets, KB, releases) hand to the import, in
 * the workspace's vocabulary. Times are epoch milliseconds UTC.
 */
export type TicketSystem = 'zendesk' | 'servicenow' | 'jira' | 'csv';

export interface CustomerRow {
  customerId: string;
  name: string;
  tenantIds: string[];
  segment: string | null;
  tier: string | null;
  arr: number | null;
  region: string | null;
  locale: string | null;
}

export interface TicketRow {
  /** Caseline's id: `${system}:${externalId}`. */
  id: string;
  system: TicketSystem;
  /** The source system's reference: Zendesk number, ServiceNow INC number, Jira key. */
  externalId: string;
  /** Organization id / name / tenant as the export names it; resolved to a customer on import. */
  customerRef: string | null;
  requester: string | null;
  subject: string;
  description: string;
  status: string;
  priority: string | null;
  channel: string | null;
  group: string | null;
  assignee: string | null;
  createdAt: number;
  resolvedAt: number | null;
  tags: string[];
  productVersion: string | null;
}

export interface TicketEventRow {
  ticketId: string;
  ts: number;
  kind: 'comment' | 'status' | 'assignment';
  author: string | null;
  public: boolean;
  body: string;
}

export interface KbArticleRow {
  id: string;
  title: string;
  body: string;
  tags: string[];
  updatedAt: number | null;
  source: string;
}

export interface ReleaseRow {
  version: string;
  service: string | null;
  ts: number;
}

/** Skips of one source: counts per reason plus the first few examples (line numbers). */
export interface SkipTally {
  counts: Record<string, number>;
  examples: { reason: string; line: number }[];
}

export function newSkipTally(): SkipTally {
  return { counts: {}, examples: [] };
}

export function countSkip(tally: SkipTally, reason: string, line: number, maxExamples = 5): void {
  tally.counts[reason] = (tally.counts[reason] ?? 0) + 1;
  if (tally.examples.filter((e) => e.reason === reason).length < maxExamples) {
    tally.examples.push({ reason, line });
  }
}
