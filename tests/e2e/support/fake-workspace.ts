// The fixed workspace the e2e harness serves only while the real CLI does not exist yet.
import type { Result } from '../../../core/api.ts';

export const fakeSummary: Result<'summary'> = {
  workspace: '/tmp/fake/workspace.duckdb',
  createdAt: '2026-09-04T00:00:00.000Z',
  schemaVersion: 1,
  events: 12345,
  signatures: 42,
  customers: 40,
  tenants: 52,
  tickets: 310,
  kbArticles: 12,
  releases: 4,
  errorEvents: 1234,
  from: '2026-09-01T00:00:00.000Z',
  to: '2026-09-04T00:00:00.000Z',
  services: [
    { service: 'api', events: 8000 },
    { service: 'billing', events: 4345 },
  ],
  attribution: { field: 0.9, pattern: 0.04, propagated: 0.04, none: 0.02 },
};

export const fakeSignatures: Result<'signatures'>['signatures'] = [
  {
    id: 'sig-1',
    template: 'Payment gateway timeout after <*> ms',
    service: 'billing',
    level: 'ERROR',
    events: 900,
    customers: 12,
    firstSeen: '2026-09-01T08:00:00.000Z',
    lastSeen: '2026-09-03T22:00:00.000Z',
  },
];
