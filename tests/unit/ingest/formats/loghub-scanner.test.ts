import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLogFormat, createLoghubParser } from '../../../../core/ingest/formats/loghub.ts';
import { createFormatScanner } from '../../../../core/ingest/formats/loghub-matcher.ts';
import { repoRoot, run } from './helpers.ts';

/** What the benchmark's regex makes of a line, for comparison. */
function viaRegex(format: string, line: string): (string | undefined)[] | null {
  const compiled = compileLogFormat(format);
  const m = compiled.regex.exec(line);
  return m?.groups ? compiled.fields.map((_, i) => m.groups![`f${i}`]) : null;
}

describe('Loghub format scanner', () => {
  it('scans plain and escaped-bracket formats, declines real regex', () => {
    const hdfs = createFormatScanner('<Date> <Time> <Pid> <Level> <Component>: <Content>')!;
    expect(hdfs.scan('081109 203615 148 INFO dfs.X: a: b c')).toEqual([
      '081109',
      '203615',
      '148',
      'INFO',
      'dfs.X',
      'a: b c',
    ]);
    expect(hdfs.scan('081109 203615 148 INFO no colon here')).toBeNull();
    const apache = createFormatScanner('\\[<Time>\\] \\[<Level>\\] <Content>')!;
    expect(apache.scan('[Sun Dec 04 04:47:44 2005] [error] mod_jk')).toEqual([
      'Sun Dec 04 04:47:44 2005',
      'error',
      'mod_jk',
    ]);
    expect(apache.scan('x [a] [b] c')).toBeNull();
    expect(createFormatScanner('<Component>(\\[<PID>\\])?: <Content>')).toBeNull();
    expect(createFormatScanner('<A><B>')).toBeNull();
    expect(createFormatScanner('<A> <B>;')).toBeNull();
    expect(createFormatScanner('no fields')).toBeNull();
  });

  it('agrees with the regex on generated lines (property)', () => {
    const format = '<Date> <Time> - <Level>  \\[<Node>\\] - <Content>';
    const scanner = createFormatScanner(format)!;
    const token = fc.stringMatching(/^[A-Za-z0-9:\-[\]]{0,8}$/);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(token, fc.constantFrom(' ', '  ', ' - ', '[', '] ')), { maxLength: 14 }),
        (parts) => {
          const line = parts.join('');
          const scanned = scanner.scan(line);
          if (scanned !== null) expect(scanned).toEqual(viaRegex(format, line));
        },
      ),
      { numRuns: 300 },
    );
  });

  // A backtracking matcher would take practically forever on this line; the test's own
  // timeout is the guard (speed figures belong in the benchmark, not in assertions).
  it('rejects a long line that does not fit, without backtracking', () => {
    const format = compileLogFormat('<Date> <Time> <Pid> <Level> <Component>: <Content>');
    const line = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' ');
    const { skips } = run((s) => createLoghubParser(s, format), [line]);
    expect(skips).toEqual({ 'format-mismatch': 1 });
  }, 10_000);
});

const loghubDir = resolve(repoRoot, '../shared/data/external/loghub-2k');
const hasLoghub = existsSync(resolve(loghubDir, 'README.md'));
if (!hasLoghub) console.warn('skipped: loghub-2k data set absent');

describe.skipIf(!hasLoghub)('scanner on loghub-2k', () => {
  it('gives the regex fields on every line of every set it can scan', () => {
    const readme = readFileSync(resolve(loghubDir, 'README.md'), 'utf8');
    let scanned = 0;
    for (const [, name, raw] of readme.matchAll(/^\| (\w+) \| `(.+?)`/gm)) {
      const format = raw.replace(/\\\|/g, '|');
      const scanner = createFormatScanner(format);
      if (scanner === null) continue;
      scanned++;
      const lines = readFileSync(resolve(loghubDir, name, `${name}_2k.log`), 'utf8')
        .split('\n')
        .map((l) => l.replace(/\r$/, ''))
        .filter((l) => l !== '');
      for (const line of lines)
        expect(scanner.scan(line), `${name}: ${line}`).toEqual(viaRegex(format, line));
    }
    expect(scanned).toBeGreaterThanOrEqual(10);
  });
});
