import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { isCaselineError } from '../../../core/errors.ts';
import { csvField, minePatternsFile } from '../../../core/patterns/mine-file.ts';

const lines = [
  '081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_38865049064139660 terminating',
  '081109 203807 222 INFO dfs.DataNode$PacketResponder: PacketResponder 0 for block blk_-6952295868487656571 terminating',
  '081109 204005 35 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: 10.251.73.220:50010 is added to blk_7128370237687728475 size 67108864',
  'garbage line, with "quotes"',
];
const format = '<Date> <Time> <Pid> <Level> <Component>: <Content>';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'caseline-patterns-'));
}

describe('minePatternsFile', () => {
  it('mines the Content field and writes the Loghub CSV, one row per line', async () => {
    const dir = tempDir();
    const file = join(dir, 'hdfs.log');
    writeFileSync(file, lines.join('\n'));
    const out = join(dir, 'out.csv');
    const result = await minePatternsFile({ file, logFormat: format, outCsv: out });
    expect(result.lines).toBe(4);
    expect(result.templates[0]).toMatchObject({
      template: 'PacketResponder <*> for block <*> terminating',
      count: 2,
    });
    expect(result.templates.reduce((n, t) => n + t.count, 0)).toBe(4);
    const rows = parse<Record<string, string>>(readFileSync(out, 'utf8'), { columns: true });
    expect(Object.keys(rows[0])).toEqual(['LineId', 'Content', 'EventId', 'EventTemplate']);
    expect(rows.map((r) => r.LineId)).toEqual(['1', '2', '3', '4']);
    expect(rows[0].Content).toBe('PacketResponder 1 for block blk_38865049064139660 terminating');
    expect(rows[0].EventId).toBe(rows[1].EventId);
    expect(rows[2].EventTemplate).toBe(
      'BLOCK* NameSystem.addStoredBlock: blockMap updated: <*>:<*> is added to <*> size <*>',
    );
    // A line the format does not match is mined whole.
    expect(rows[3].Content).toBe('garbage line, with "quotes"');
  });

  it('reads gzip files and works without a format', async () => {
    const dir = tempDir();
    const file = join(dir, 'app.log.gz');
    writeFileSync(
      file,
      gzipSync(['user 1 logged in', 'user 2 logged in', 'cache cleared'].join('\n')),
    );
    const result = await minePatternsFile({ file });
    expect(result.lines).toBe(3);
    expect(result.templates.map((t) => [t.template, t.count])).toEqual([
      ['user <*> logged in', 2],
      ['cache cleared', 1],
    ]);
    expect(result.seconds).toBeGreaterThanOrEqual(0);
  });

  it('fails with a coded error for a missing file or a format without Content', async () => {
    const missing = minePatternsFile({ file: join(tempDir(), 'nope.log') });
    await expect(missing).rejects.toSatisfy(
      (e: unknown) => isCaselineError(e) && e.code === 'source-not-found',
    );
    const dir = tempDir();
    const file = join(dir, 'a.log');
    writeFileSync(file, 'x\n');
    const bad = minePatternsFile({ file, logFormat: '<Date> <Message>' });
    await expect(bad).rejects.toSatisfy(
      (e: unknown) => isCaselineError(e) && e.code === 'bad-arguments',
    );
  });

  it('quotes CSV fields only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,"b"')).toBe('"a,""b"""');
  });
});
