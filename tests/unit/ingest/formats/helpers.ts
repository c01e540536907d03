import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LineParser, LogRecord, ParseSink } from '../../../../core/ingest/log-record.ts';

export const repoRoot = resolve(import.meta.dirname, '../../../..');

/** Lines of a fixture in tests/fixtures/logs, as the pipeline hands them (no \r, no final ''). */
export function fixtureLines(name: string): string[] {
  const text = readFileSync(resolve(repoRoot, 'tests/fixtures/logs', name), 'utf8');
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export interface Collected {
  records: LogRecord[];
  skips: Record<string, number>;
}

/** Runs lines through a parser made by `create` and collects what it emits. */
export function run(create: (sink: ParseSink) => LineParser, lines: readonly string[]): Collected {
  const out: Collected = { records: [], skips: {} };
  const parser = create({
    record: (r) => out.records.push(r),
    skip: (reason) => {
      out.skips[reason] = (out.skips[reason] ?? 0) + 1;
    },
  });
  lines.forEach((line, i) => parser.push(line, i + 1));
  parser.end();
  return out;
}
