/**
 * Large files are parsed in a worker thread; the result must not depend on where a file
 * was parsed. Threshold 0 sends every file through the worker.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importWorkspace } from '../../../core/import/import-workspace.ts';
import { queryRows } from '../../../core/store/sql.ts';
import { openWorkspaceReadOnly } from '../../../core/store/workspace.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

const tmp = useTempDir();

function sources(dir: string): string[] {
  const json = Array.from({ length: 3000 }, (_, i) =>
    JSON.stringify({
      ts: 1790000000000 + i * 1000,
      level: i % 9 ? 'info' : 'error',
      msg: i % 9 ? `Order ${i} created by ann${i}@example.com` : `Payment failed for invoice ${i}`,
      request_id: `r-${i % 50}`,
      tenant_id: i % 3 ? `t-${i % 20}` : undefined,
    }),
  );
  const log4j = Array.from(
    { length: 200 },
    (_, i) =>
      `2026-10-01 10:00:${String(i % 60).padStart(2, '0')},123 ERROR [main] com.acme.Job - Job ${i} failed\n` +
      `java.lang.IllegalStateException: boom ${i}\n\tat com.acme.Job.run(Job.java:${i})\n\tat java.lang.Thread.run(Thread.java:1)`,
  );
  const files = {
    'app.jsonl': json.join('\n') + '\n{"broken\n',
    'worker.log': log4j.join('\n') + '\n',
  };
  const paths = Object.entries(files).map(([name, body]) => {
    writeFileSync(join(dir, name), body);
    return join(dir, name);
  });
  const gz = gzipSync(json.join('\n'));
  writeFileSync(join(dir, 'cut.jsonl.gz'), gz.subarray(0, gz.length >> 1));
  writeFileSync(join(dir, 'blob.bin'), Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 7)));
  return [...paths, join(dir, 'cut.jsonl.gz'), join(dir, 'blob.bin')];
}

async function eventsOf(path: string) {
  const ws = await openWorkspaceReadOnly(path);
  try {
    return await queryRows(
      ws.conn,
      `SELECT source, line, level, tenant_id, tenant_origin, message, signature_id
       FROM events ORDER BY source, line`,
    );
  } finally {
    ws.close();
  }
}

describe('parsing in a worker thread', () => {
  it('gives the same workspace as parsing in process', async () => {
    const dir = tmp();
    const logs = sources(dir);
    const inProcess = await importWorkspace({
      out: join(dir, 'a.duckdb'),
      logs,
      workerThresholdBytes: Number.MAX_SAFE_INTEGER,
    });
    const inWorker = await importWorkspace({
      out: join(dir, 'b.duckdb'),
      logs,
      workerThresholdBytes: 0,
    });
    const strip = (r: typeof inProcess) => ({ ...r, workspace: '', seconds: 0 });
    expect(strip(inWorker)).toEqual(strip(inProcess));
    expect(inWorker.redactions.email).toBeGreaterThan(0);
    expect(inWorker.sources.find((s) => s.path.endsWith('blob.bin'))?.skipReasons).toEqual({
      'binary-file': 1,
    });
    expect(await eventsOf(join(dir, 'b.duckdb'))).toEqual(await eventsOf(join(dir, 'a.duckdb')));
  });
});
