/**
 * Releases (version, service, time) from a CSV (`version,service,ts` and common aliases)
 * or JSON (an array or `{releases:[...]}`), for "new after a release" and version trends.
 */
import type { ReleaseRow, SkipTally } from '../store/rows.ts';
import { countSkip, newSkipTally } from '../store/rows.ts';
import { CaselineError } from '../errors.ts';
import type { JsonObject } from '../tickets/json-access.ts';
import { isObject, obj, str } from '../tickets/json-access.ts';
import {
  looksLikeJson,
  normalizeHeader,
  peekText,
  readJsonDocument,
  streamCsv,
} from '../tickets/source-file.ts';
import { parseTimestamp } from '../tickets/timestamps.ts';

export interface ReleasesFileResult {
  format: 'csv' | 'json';
  releases: ReleaseRow[];
  read: number;
  skips: SkipTally;
}

const ALIASES = {
  version: ['version', 'release', 'tag', 'release_version', 'name'],
  service: ['service', 'component', 'app', 'application', 'project'],
  ts: [
    'ts',
    'released_at',
    'release_date',
    'date',
    'time',
    'timestamp',
    'deployed_at',
    'created_at',
  ],
} as const;
type Key = keyof typeof ALIASES;

function pick(names: string[]): Partial<Record<Key, string>> {
  const byNormal = new Map(names.map((n) => [normalizeHeader(n), n]));
  const result: Partial<Record<Key, string>> = {};
  for (const key of Object.keys(ALIASES) as Key[]) {
    const found = ALIASES[key].map((a) => byNormal.get(a)).find((n) => n !== undefined);
    if (found !== undefined) result[key] = found;
  }
  return result;
}

/**
 * Reads a releases file. Rows without a version are 'missing-version' skips, without a
 * valid time 'bad-timestamp'. Throws CaselineError 'source-not-found', or
 * 'source-unreadable' ('malformed-json', 'unknown-releases-format' without a version column).
 */
export async function readReleasesFile(path: string): Promise<ReleasesFileResult> {
  const skips = newSkipTally();
  const releases: ReleaseRow[] = [];
  const add = (get: (key: Key) => unknown, line: number) => {
    const version = str(get('version'));
    if (!version) return countSkip(skips, 'missing-version', line);
    const ts = parseTimestamp(get('ts'));
    if (ts === null) return countSkip(skips, 'bad-timestamp', line);
    releases.push({ version, service: str(get('service')), ts });
  };
  const unknown = () =>
    new CaselineError('source-unreadable', { path, reason: 'unknown-releases-format' });
  if (looksLikeJson(await peekText(path))) {
    const doc = await readJsonDocument(path);
    const list = Array.isArray(doc)
      ? doc
      : isObject(doc) && Array.isArray(doc.releases)
        ? doc.releases
        : null;
    if (list === null) throw unknown();
    list.forEach((item, index) => {
      const o: JsonObject | null = obj(item);
      if (!o) return countSkip(skips, 'not-an-object', index + 1);
      const columns = pick(Object.keys(o));
      add((key) => (columns[key] === undefined ? undefined : o[columns[key]]), index + 1);
    });
    return { format: 'json', releases, read: list.length, skips };
  }
  let index: Partial<Record<Key, number>> = {};
  const read = await streamCsv(
    path,
    (header) => {
      const columns = pick(header);
      if (columns.version === undefined) throw unknown();
      index = Object.fromEntries(
        (Object.keys(columns) as Key[]).map((k) => [k, header.indexOf(columns[k]!)]),
      );
    },
    ({ cells, line }) =>
      add((key) => (index[key] === undefined ? undefined : cells[index[key]]), line),
    (line) => countSkip(skips, 'malformed-csv', line),
  );
  return { format: 'csv', releases, read, skips };
}
