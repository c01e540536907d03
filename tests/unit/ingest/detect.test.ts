import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultIngestConfig } from '../../../core/ingest/config.ts';
import { detectLogFormat } from '../../../core/ingest/detect.ts';
import { isCaselineError } from '../../../core/errors.ts';
import { fixtureLines, repoRoot, run } from './formats/helpers.ts';

const time = { referenceYear: 2026, now: Date.UTC(2026, 11, 4) };
const detect = (lines: readonly string[], fileName: string, logFormat?: string) =>
  detectLogFormat(lines, {
    config: defaultIngestConfig,
    fileName,
    time,
    ...(logFormat ? { logFormat } : {}),
  });

describe('detectLogFormat on the fixtures', () => {
  it.each([
    ['ecs.jsonl', 'jsonl'],
    ['otel.jsonl', 'jsonl'],
    ['bunyan.jsonl', 'jsonl'],
    ['pino.jsonl', 'jsonl'],
    ['app.logfmt', 'logfmt'],
    ['syslog-3164.log', 'syslog'],
    ['syslog-5424.log', 'syslog'],
    ['access.log', 'apache'],
    ['log4j-stack.log', 'log4j'],
    ['python.log', 'log4j'],
    ['events.csv', 'csv'],
    ['plain.txt', 'plain'],
  ])('%s is %s and parses without skips', (file, format) => {
    const lines = fixtureLines(file);
    const choice = detect(lines, file);
    expect(choice.name).toBe(format);
    const { records, skips } = run((s) => choice.createParser(s), lines);
    expect(records.length).toBeGreaterThan(0);
    if (file !== 'pino.jsonl') expect(skips).toEqual({});
  });

  it('detects CSV without the extension by its header, JSON without it by content', () => {
    const csv = [
      'time,level,message',
      '2026-03-01T00:00:00Z,info,a',
      '2026-03-01T00:00:01Z,info,b',
    ];
    expect(detect(csv, 'export.txt').name).toBe('csv');
    expect(detect(['{"msg":"x"}', '{"msg":"y"}'], 'app.log').name).toBe('jsonl');
    expect(detect(['a,b', 'c'], 'notes.txt').name).toBe('plain');
  });

  it('uses a given Loghub format for text, but not for JSON lines', () => {
    expect(detect(['x y'], 'a.log', '<A> <Content>').name).toBe('loghub');
    expect(detect(['{"msg":"x"}'], 'a.log', '<A> <Content>').name).toBe('jsonl');
    try {
      detect(['x'], 'a.log', 'no fields');
      expect.unreachable();
    } catch (e) {
      expect(isCaselineError(e) && e.code).toBe('bad-arguments');
    }
  });

  it('falls back to plain text for nothing, binary-ish noise or few headers', () => {
    expect(detect([], 'empty.log').name).toBe('plain');
    expect(detect(['\u0000\u0001garbage', '###'], 'x.bin').name).toBe('plain');
    const fewLevels = ['2026-03-01T00:00:00Z hello', '2026-03-01T00:00:01Z world'];
    expect(detect(fewLevels, 'x.log').name).toBe('plain');
  });

  it('works with the current year when no time reference is given', () => {
    const choice = detectLogFormat(fixtureLines('app.logfmt'), {
      config: defaultIngestConfig,
      fileName: 'a',
    });
    expect(choice.name).toBe('logfmt');
    expect(run((s) => choice.createParser(s), fixtureLines('app.logfmt')).records).toHaveLength(3);
  });
});

const loghubDir = resolve(repoRoot, '../shared/data/external/loghub-2k');
const hasLoghub = existsSync(resolve(loghubDir, 'README.md'));
if (!hasLoghub) console.warn('skipped: loghub-2k data set absent');

/** The benchmark format strings, as the data set's README lists them. */
function loghubFormats(): [string, string][] {
  const readme = readFileSync(resolve(loghubDir, 'README.md'), 'utf8');
  return [...readme.matchAll(/^\| (\w+) \| `(.+?)`/gm)].map((m) => [
    m[1],
    m[2].replace(/\\\|/g, '|'),
  ]);
}

function dataLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
    .filter((l) => l !== '');
}

// What detection alone (without --log-format) makes of each set.
const AUTO: Record<string, string> = {
  HDFS: 'log4j',
  Hadoop: 'log4j',
  Spark: 'log4j',
  Zookeeper: 'log4j',
  Windows: 'log4j',
  Android: 'log4j',
  Apache: 'log4j',
  Linux: 'syslog',
  OpenSSH: 'syslog',
  Mac: 'syslog',
};

describe.skipIf(!hasLoghub)('loghub-2k data sets', () => {
  it('has the 16 format strings', () => {
    expect(loghubFormats()).toHaveLength(16);
  });

  it.each(hasLoghub ? loghubFormats() : [])(
    '%s parses every line with its format string',
    (name, format) => {
      const lines = dataLines(resolve(loghubDir, name, `${name}_2k.log`));
      const choice = detect(lines.slice(0, 200), `${name}_2k.log`, format);
      expect(choice.name).toBe('loghub');
      const { records, skips } = run((s) => choice.createParser(s), lines);
      expect(skips).toEqual({});
      expect(records).toHaveLength(lines.length);
      expect(records.every((r) => r.ts !== null && r.message !== '')).toBe(true);
      const auto = detect(lines.slice(0, 200), `${name}_2k.log`);
      expect(auto.name).toBe(AUTO[name] ?? 'plain');
      expect(run((s) => auto.createParser(s), lines).skips).toEqual({});
    },
  );
});

const apachePath = resolve(
  repoRoot,
  '../shared/data/external/elastic-examples-apache-logs/apache_logs',
);
const hasApache = existsSync(apachePath);
if (!hasApache) console.warn('skipped: elastic-examples-apache-logs absent');

describe.skipIf(!hasApache)('elastic apache_logs sample', () => {
  it('detects the access log, parses every line, 5xx are errors', () => {
    const lines = dataLines(apachePath);
    const choice = detect(lines.slice(0, 200), 'apache_logs');
    expect(choice.name).toBe('apache');
    const { records, skips } = run((s) => choice.createParser(s), lines);
    expect(skips).toEqual({});
    expect(records).toHaveLength(lines.length);
    const statuses = lines.map((l) => Number(/" (\d{3}) /.exec(l)?.[1]));
    records.forEach((r, i) => {
      expect(r.attributes?.status).toBe(statuses[i]);
      expect(r.level === 'error').toBe(statuses[i] >= 500);
    });
    expect(records.filter((r) => r.level === 'error').length).toBeGreaterThan(0);
  });
});
