/**
 * `npm run bench`: every benchmark, reproducible from the repository (inputs are
 * generated deterministically under .bench/ and removed afterwards).
 *
 *   npm run bench                      # 1M lines per format + Loghub GA/PA + mining speed
 *   npm run bench -- --full            # also 10M-line files of every format
 *   npm run bench -- --lines 200000    # quicker
 *   npm run bench -- --formats jsonl,apache --skip-patterns
 *
 * Prints Markdown tables; writes .bench/results.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchFormats, benchIngest, benchRedact, type BenchRow } from './ingest.ts';
import { benchPatterns } from './patterns.ts';
import { printHeldOut } from './patterns-heldout.ts';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function fmt(n: number | null, digits = 0): string {
  return n === null ? '–' : n.toLocaleString('en', { maximumFractionDigits: digits });
}

function ingestTable(rows: readonly BenchRow[]): string {
  const lines = ['| tool | format | lines | seconds | lines/s | peak RSS MB | note |'];
  lines.push('|---|---|---:|---:|---:|---:|---|');
  for (const r of rows) {
    lines.push(
      `| ${r.tool} | ${r.format} | ${fmt(r.lines)} | ${fmt(r.seconds, 2)} | ${fmt(r.linesPerSecond)} | ${fmt(r.maxRssMb)} | ${r.note ?? ''} |`,
    );
  }
  return lines.join('\n');
}

const workDir = resolve(flag('--work') ?? '.bench');
mkdirSync(workDir, { recursive: true });
const lines = (flag('--lines') ?? '1000000').split(',').map(Number);
const formats = (flag('--formats') ?? benchFormats.join(',')).split(',');

const results: Record<string, unknown> = { date: new Date().toISOString() };
console.log(`# Ingest (${lines.map((n) => fmt(n)).join(', ')} lines per format)\n`);
const ingest = await benchIngest({ lines, formats, workDir });
if (process.argv.includes('--full')) {
  ingest.push(...(await benchIngest({ lines: [10_000_000], formats, workDir })));
}
ingest.push(benchRedact(1_000_000));
console.log(ingestTable(ingest));
results.ingest = ingest;

if (!process.argv.includes('--skip-patterns')) {
  console.log('\n# Signature mining on Loghub-2k\n');
  results.patterns = await benchPatterns();
  console.log("\n# Signature mining, held out: the demo services' templates\n");
  printHeldOut();
}
writeFileSync(join(workDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
