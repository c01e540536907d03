/**
 * Severity words and numbers from every logging ecosystem, to Caseline's seven levels.
 */
import type { Level } from './log-record.ts';

const WORDS: Record<string, Level> = {
  trace: 'trace',
  trc: 'trace',
  finest: 'trace',
  finer: 'trace',
  verbose: 'trace',
  v: 'trace',
  t: 'trace',
  debug: 'debug',
  dbg: 'debug',
  fine: 'debug',
  d: 'debug',
  config: 'debug',
  info: 'info',
  information: 'info',
  informational: 'info',
  notice: 'info',
  i: 'info',
  n: 'info',
  inf: 'info',
  log: 'info',
  warn: 'warn',
  warning: 'warn',
  w: 'warn',
  wrn: 'warn',
  error: 'error',
  err: 'error',
  e: 'error',
  severe: 'error',
  failure: 'error',
  fail: 'error',
  eror: 'error',
  fatal: 'fatal',
  f: 'fatal',
  critical: 'fatal',
  crit: 'fatal',
  alert: 'fatal',
  emerg: 'fatal',
  emergency: 'fatal',
  panic: 'fatal',
  a: 'fatal',
  wtf: 'fatal',
  ftl: 'fatal',
};

// Raw spellings repeat endlessly in one file: cache them (bounded, files have few).
const cache = new Map<string, Level | null>();

/**
 * A level word (any case, `[ERROR]`, `<warn>`, `Warning:`) to a Level; null when the word
 * is not a known level. Never throws.
 */
export function levelFromWord(word: string): Level | null {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let w = word;
  const c0 = w.charCodeAt(0);
  if (c0 === 91 || c0 === 60 || c0 === 40) w = w.slice(1, -1);
  else if (w.endsWith(':')) w = w.slice(0, -1);
  const level = w.length <= 13 ? (WORDS[w.trim().toLowerCase()] ?? null) : null;
  if (cache.size < 2000) cache.set(word, level);
  return level;
}

/** Syslog severity 0 (emergency) .. 7 (debug). */
export function levelFromSyslogSeverity(severity: number): Level {
  if (severity <= 2) return 'fatal';
  if (severity === 3) return 'error';
  if (severity === 4) return 'warn';
  if (severity <= 6) return 'info';
  return 'debug';
}

/** OpenTelemetry severityNumber 1..24. */
export function levelFromOtelSeverity(n: number): Level {
  if (n < 1) return 'unknown';
  if (n <= 4) return 'trace';
  if (n <= 8) return 'debug';
  if (n <= 12) return 'info';
  if (n <= 16) return 'warn';
  if (n <= 20) return 'error';
  return 'fatal';
}

/** Bunyan/Pino numbers 10 trace .. 60 fatal; small numbers are read as syslog severities. */
export function levelFromNumber(n: number): Level {
  if (!Number.isFinite(n)) return 'unknown';
  if (n >= 0 && n <= 7 && Number.isInteger(n)) return levelFromSyslogSeverity(n);
  if (n < 20) return 'trace';
  if (n < 30) return 'debug';
  if (n < 40) return 'info';
  if (n < 50) return 'warn';
  if (n < 60) return 'error';
  return 'fatal';
}

/**
 * Any level value (word, number, numeric string) to a Level; 'unknown' when unreadable.
 * `otel` reads numbers as OpenTelemetry severityNumber.
 */
export function normalizeLevel(value: unknown, otel = false): Level {
  if (typeof value === 'string') {
    const w = levelFromWord(value);
    if (w) return w;
    const n = Number(value);
    if (value !== '' && Number.isFinite(n))
      return otel ? levelFromOtelSeverity(n) : levelFromNumber(n);
    return 'unknown';
  }
  if (typeof value === 'number')
    return otel ? levelFromOtelSeverity(value) : levelFromNumber(value);
  return 'unknown';
}

/** HTTP status to a level: 5xx error, 4xx warn, else info. */
export function levelFromHttpStatus(status: number): Level {
  if (status >= 500) return 'error';
  if (status >= 400) return 'warn';
  return 'info';
}
