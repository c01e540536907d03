/**
 * The small shared vocabulary tickets are stored in: priority low|normal|high|urgent,
 * lower-case status names, and the customer reference an export gives.
 */
import { str } from './json-access.ts';

export type Priority = 'low' | 'normal' | 'high' | 'urgent';

const PRIORITY_WORDS: Record<string, Priority> = {
  urgent: 'urgent',
  blocker: 'urgent',
  highest: 'urgent',
  critical: 'urgent',
  emergency: 'urgent',
  p1: 'urgent',
  high: 'high',
  p2: 'high',
  major: 'normal',
  normal: 'normal',
  medium: 'normal',
  moderate: 'normal',
  p3: 'normal',
  low: 'low',
  lowest: 'low',
  minor: 'low',
  trivial: 'low',
  planning: 'low',
  p4: 'low',
  p5: 'low',
};

// ServiceNow numbers priority 1 (critical) to 5 (planning).
const PRIORITY_NUMBERS: Priority[] = ['urgent', 'high', 'normal', 'low', 'low'];

/**
 * Normalizes a priority from any system (`urgent`, `Major`, `P2`, `3`, `1 - Critical`)
 * to low|normal|high|urgent; null when absent or unrecognized.
 */
export function normalizePriority(value: unknown): Priority | null {
  const text = str(value)?.toLowerCase();
  if (!text) return null;
  const numbered = /^(\d)\b/.exec(text);
  if (numbered) return PRIORITY_NUMBERS[Number(numbered[1]) - 1] ?? null;
  const word = /^[a-z0-9]+/.exec(text)?.[0];
  return word ? (PRIORITY_WORDS[word] ?? null) : null;
}

/** Status names are stored lower-case so that filters match across systems. */
export function normalizeStatus(value: unknown): string | null {
  return str(value)?.toLowerCase().replace(/\s+/g, ' ') ?? null;
}

/** The pieces an export may give for a ticket's customer. */
export interface CustomerRefCandidates {
  externalId?: unknown;
  tenantId?: unknown;
  name?: unknown;
  id?: unknown;
}

/**
 * The customer reference to store with a ticket: the organization's external id or tenant
 * id when the export has one (they match the customer directory and the logs), else its
 * name, else the system's internal id. Null when none is present.
 */
export function resolveCustomerRef(candidates: CustomerRefCandidates): string | null {
  return (
    str(candidates.externalId) ??
    str(candidates.tenantId) ??
    str(candidates.name) ??
    str(candidates.id)
  );
}

/** `from -> to` for status and assignment events; a missing side is written as `-`. */
export function changeBody(from: string | null, to: string | null): string {
  return `${from ?? '-'} -> ${to ?? '-'}`;
}
