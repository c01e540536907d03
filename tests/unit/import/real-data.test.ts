/**
 * End to end on real public data (../shared/data/external): Elastic's Apache access log
 * sample and the UCI ServiceNow incident event log, imported together by the CLI's path.
 * Skips with a printed reason where that folder is absent (a user's clone).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importWorkspace } from '../../../core/import/import-workspace.ts';
import { queryRows, text } from '../../../core/store/sql.ts';
import { openWorkspaceReadOnly } from '../../../core/store/workspace.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const external = resolve(repoRoot, '../shared/data/external');
const apache = join(external, 'elastic-examples-apache-logs/apache_logs');
const uci = join(external, 'uci-incident-management-event-log/incident_event_log.csv.gz');
const present = existsSync(apache) && existsSync(uci);
if (!present) console.warn(`skipped: real-data import (${external} absent)`);

const tmp = useTempDir();

describe.skipIf(!present)('import of real public data', () => {
  it('imports the Apache sample and the ServiceNow event log side by side', async () => {
    const r = await importWorkspace({
      out: join(tmp(), 'w.duckdb'),
      logs: [apache],
      tickets: [uci],
    });
    const logs = r.sources.find((s) => s.kind === 'logs')!;
    expect(logs).toMatchObject({ format: 'apache', read: 10_000, imported: 10_000, skipped: 0 });
    expect(r.events).toBe(10_000);
    expect(r.tickets).toBe(24_918);
    // Client IPs are personal data: redacted in the stored attributes (checked below).
    expect(r.redactions.ipv4).toBeGreaterThanOrEqual(10_000);
    const ws = await openWorkspaceReadOnly(r.workspace);
    const errors = await queryRows(
      ws.conn,
      `SELECT s.template, s.level FROM signatures s WHERE s.level = 'error' ORDER BY s.event_count DESC`,
    );
    const clients = await queryRows(
      ws.conn,
      `SELECT attributes->>'client' AS client, count(*) AS n FROM events GROUP BY 1`,
    );
    ws.close();
    // HTTP 5xx are errors, grouped by route and status.
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(text(e.template)).toMatch(/ 5\d\d$/);
    expect(clients).toEqual([{ client: '<ip>', n: 10_000 }]);
  }, 120_000);
});
