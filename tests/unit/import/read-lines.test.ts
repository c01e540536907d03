import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { looksBinary, readLines } from '../../../core/import/read-lines.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

const tmp = useTempDir();

async function collect(file: string, maxLineChars?: number) {
  const lines: [string, number][] = [];
  const stats = await readLines(file, (l, n) => lines.push([l, n]), { maxLineChars });
  return { lines, stats };
}

describe('readLines', () => {
  it('splits lines, strips CR and numbers from 1', async () => {
    const f = join(tmp(), 'a.log');
    writeFileSync(f, 'one\r\ntwo\n\nfour');
    const { lines, stats } = await collect(f);
    expect(lines).toEqual([
      ['one', 1],
      ['two', 2],
      ['', 3],
      ['four', 4],
    ]);
    expect(stats.lines).toBe(4);
  });

  it('reads gzip by content, whatever the name', async () => {
    const f = join(tmp(), 'plain-name.log');
    writeFileSync(f, gzipSync('a\nb\n'));
    expect((await collect(f)).lines.map((l) => l[0])).toEqual(['a', 'b']);
  });

  it('keeps the lines before the damage of a truncated gzip', async () => {
    const body = Array.from({ length: 20000 }, (_, i) => `line ${i} ${'x'.repeat(40)}`).join('\n');
    const gz = gzipSync(body);
    const f = join(tmp(), 'cut.log.gz');
    writeFileSync(f, gz.subarray(0, Math.floor(gz.length / 2)));
    const { lines, stats } = await collect(f);
    expect(stats.damagedGzip).toBe(true);
    expect(lines.length).toBeGreaterThan(100);
    expect(lines[0][0]).toBe(`line 0 ${'x'.repeat(40)}`);
  });

  it('replaces invalid UTF-8 and drops NUL bytes, counting both', async () => {
    const f = join(tmp(), 'bad.log');
    writeFileSync(
      f,
      Buffer.concat([
        Buffer.from('ok\nbad '),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('\nn\u0000ul\n'),
      ]),
    );
    const { lines, stats } = await collect(f);
    expect(lines.map((l) => l[0])).toEqual(['ok', 'bad \uFFFD\uFFFD', 'nul']);
    expect(stats.invalidUtf8Lines).toBe(1);
    expect(stats.nulLines).toBe(1);
  });

  it('cuts an oversized line and keeps the lines after it', async () => {
    const f = join(tmp(), 'long.log');
    writeFileSync(f, `before\n${'y'.repeat(10 * 1024 * 1024)}\nafter\n`);
    const { lines, stats } = await collect(f, 1000);
    expect(lines.map((l) => l[0].length)).toEqual([6, 1000, 5]);
    expect(lines[2]).toEqual(['after', 3]);
    expect(stats.cutLines).toBe(1);
  });

  it('handles multi-byte characters split across chunks', async () => {
    const f = join(tmp(), 'utf8.log');
    const line = 'ü€😀'.repeat(300_000);
    writeFileSync(f, line + '\n');
    const { lines, stats } = await collect(f, 10_000_000);
    expect(lines[0][0]).toBe(line);
    expect(stats.invalidUtf8Lines).toBe(0);
  });
});

describe('looksBinary', () => {
  it('tells binary from text with a few NUL bytes', () => {
    expect(looksBinary(Buffer.from([0, 1, 2, 3, 4, 5, 0, 0, 9, 200]))).toBe(true);
    expect(looksBinary(Buffer.from('a normal log line\n'.repeat(50) + '\u0000'))).toBe(false);
    expect(looksBinary(Buffer.alloc(0))).toBe(false);
  });
});
