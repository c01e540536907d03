import { describe, expect, it } from 'vitest';
import { readTicketFile } from '../../../core/tickets/read-tickets.ts';
import { external } from './helpers.ts';

const uci = external('uci-incident-management-event-log/incident_event_log.csv.gz');

describe.skipIf(!uci.present)('UCI incident event log (141k rows, gzip)', () => {
  it('gives one ticket per incident with sensible states, in seconds', async () => {
    const started = Date.now();
    const r = await readTicketFile(uci.path);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `UCI event log: ${r.read} rows, ${r.tickets.length} tickets, ${r.events.length} events in ${seconds.toFixed(1)} s`,
    );
    expect(r.format).toBe('servicenow');
    expect(r.read).toBe(141_712);
    expect(r.tickets).toHaveLength(24_918);
    expect(r.skips.counts).toEqual({ 'bad-status': 5 });
    expect(r.tickets.filter((t) => t.resolvedAt !== null)).toHaveLength(23_362);
    const statuses = new Set(r.tickets.map((t) => t.status));
    for (const s of statuses)
      expect(['closed', 'resolved', 'active', 'new', 'awaiting user info']).toContain(s);
    expect(r.tickets.every((t) => t.resolvedAt === null || t.resolvedAt >= t.createdAt)).toBe(true);
    const first = r.tickets.find((t) => t.externalId === 'INC0000045')!;
    expect(first).toMatchObject({
      status: 'closed',
      priority: 'normal',
      group: 'Group 56',
      createdAt: Date.UTC(2016, 1, 29, 1, 16),
    });
    expect(r.events.some((e) => e.kind === 'status' && e.body === 'new -> resolved')).toBe(true);
    // About 3-5 s plain; the bound is loose for a shared machine and coverage runs (~16 s).
    expect(seconds).toBeLessThan(30);
  }, 60_000);
});
