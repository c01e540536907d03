import { describe, expect, it } from 'vitest';
import { CaselineError } from '../../../core/errors.ts';
import { readReleasesFile } from '../../../core/releases/read-releases.ts';
import { tempFileWriter } from '../../helpers/temp-dir.ts';

const write = tempFileWriter('caseline-releases-');

describe('readReleasesFile', () => {
  it('reads CSV version,service,ts', async () => {
    const r = await readReleasesFile(
      write(
        'r.csv',
        'version,service,ts\n4.2.0,checkout,2026-09-01T10:00:00Z\n4.2.1,,2026-09-02 08:00:00\n',
      ),
    );
    expect(r).toEqual({
      format: 'csv',
      read: 2,
      skips: { counts: {}, examples: [] },
      releases: [
        { version: '4.2.0', service: 'checkout', ts: Date.parse('2026-09-01T10:00:00Z') },
        { version: '4.2.1', service: null, ts: Date.parse('2026-09-02T08:00:00Z') },
      ],
    });
  });

  it('accepts header aliases and counts bad rows', async () => {
    const r = await readReleasesFile(
      write(
        'a.csv',
        'Release,Component,Released At\nv1,api,2026-01-01\n,api,2026-01-02\nv3,api,soon\n',
      ),
    );
    expect(r.releases).toEqual([{ version: 'v1', service: 'api', ts: Date.UTC(2026, 0, 1) }]);
    expect(r.skips.counts).toEqual({ 'missing-version': 1, 'bad-timestamp': 1 });
  });

  it('reads a JSON array and {releases:[...]}', async () => {
    const a = await readReleasesFile(
      write(
        'a.json',
        JSON.stringify([{ version: '1.0', service: 'web', date: '2026-02-01T00:00:00Z' }, 3]),
      ),
    );
    expect(a.format).toBe('json');
    expect(a.releases).toEqual([{ version: '1.0', service: 'web', ts: Date.UTC(2026, 1, 1) }]);
    expect(a.skips.counts).toEqual({ 'not-an-object': 1 });
    const b = await readReleasesFile(
      write('b.json', JSON.stringify({ releases: [{ tag: '2.0', released_at: 1767225600000 }] })),
    );
    expect(b.releases).toEqual([{ version: '2.0', service: null, ts: 1767225600000 }]);
  });

  it('refuses files without a version column or release list', async () => {
    const e1 = await readReleasesFile(write('x.csv', 'foo,bar\n1,2\n')).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(CaselineError);
    expect((e1 as CaselineError).params).toMatchObject({ reason: 'unknown-releases-format' });
    const e2 = await readReleasesFile(write('x.json', '{"a":[]}')).catch((e: unknown) => e);
    expect((e2 as CaselineError).params).toMatchObject({ reason: 'unknown-releases-format' });
  });
});
