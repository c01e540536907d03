/** What the import says about each source: counts, skips by reason, warnings. */
import type { SkipTally } from '../store/rows.ts';

export type SourceKind = 'logs' | 'tickets' | 'customers' | 'kb' | 'releases';

export interface SourceReport {
  path: string;
  kind: SourceKind;
  format: string;
  /** Lines (logs) or records (other kinds) read from the source. */
  read: number;
  /** Lines or records that went into the workspace. */
  imported: number;
  skipped: number;
  skipReasons: Record<string, number>;
  /** First examples of skips, with line (or record) numbers. */
  skipExamples: { reason: string; line: number }[];
  /** Events made from the imported lines (multi-line records make fewer events than lines). */
  events?: number;
  /** Damage that did not cost a line: invalid UTF-8, NUL bytes, cut lines. */
  warnings?: Record<string, number>;
}

/** A source that could not be read at all: nothing imported, one reason. */
export function unreadableSource(
  path: string,
  kind: SourceKind,
  reason: string,
  format = 'unknown',
): SourceReport {
  return {
    path,
    kind,
    format,
    read: 0,
    imported: 0,
    skipped: 0,
    skipReasons: { [reason]: 1 },
    skipExamples: [],
  };
}

export function reportFromTally(
  path: string,
  kind: SourceKind,
  format: string,
  read: number,
  imported: number,
  tally: SkipTally,
): SourceReport {
  const skipped = Object.values(tally.counts).reduce((a, b) => a + b, 0);
  return {
    path,
    kind,
    format,
    read,
    imported,
    skipped,
    skipReasons: { ...tally.counts },
    skipExamples: tally.examples.slice(0, 20),
  };
}
