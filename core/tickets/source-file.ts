/**
 * Reading source files for the ticket, customer, KB and release importers: plain or
 * gzipped, JSON read whole (with a size limit), CSV streamed record by record. Sources
 * are only ever read, never written or locked.
 */
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { createGunzip, gunzipSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { CaselineError, isCaselineError } from '../errors.ts';

/** JSON documents above this are refused: they would not fit a laptop's heap as objects. */
export const MAX_JSON_BYTES = 1024 ** 3;

/** Stat the path; throws CaselineError('source-not-found') when it is missing or a folder. */
export async function sourceSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isFile()) return info.size;
  } catch {
    // fall through: missing and unreadable look the same to the user
  }
  throw new CaselineError('source-not-found', { path });
}

async function isGzipped(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** A byte stream of the file's content, decompressed when it is gzip (by magic bytes). */
export async function openContent(path: string): Promise<Readable> {
  await sourceSize(path);
  const raw = createReadStream(path);
  return (await isGzipped(path)) ? raw.pipe(createGunzip()) : raw;
}

/** The first `bytes` characters of the (decompressed) content, for format detection. */
export async function peekText(path: string, bytes = 8192): Promise<string> {
  const stream = await openContent(path);
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= bytes) break;
    }
  } catch {
    // A corrupt gzip tail still leaves its head to look at.
  } finally {
    stream.destroy();
  }
  return stripBom(Buffer.concat(chunks).subarray(0, bytes).toString('utf8'));
}

/** True when the content starts like a JSON document. */
export function looksLikeJson(head: string): boolean {
  return /^\s*[[{]/.test(head);
}

/**
 * The whole file parsed as JSON. Throws CaselineError('source-unreadable') with reason
 * 'too-large' above 1 GiB and 'malformed-json' when the text is not JSON (a truncated
 * export is unusable as a whole).
 */
export async function readJsonDocument(path: string): Promise<unknown> {
  const size = await sourceSize(path);
  if (size > MAX_JSON_BYTES)
    throw new CaselineError('source-unreadable', { path, reason: 'too-large' });
  let bytes = await readFile(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_JSON_BYTES });
    } catch (e) {
      const reason = e instanceof RangeError ? 'too-large' : 'malformed-json';
      throw new CaselineError('source-unreadable', { path, reason });
    }
  }
  try {
    return JSON.parse(stripBom(bytes.toString('utf8'))) as unknown;
  } catch {
    throw new CaselineError('source-unreadable', { path, reason: 'malformed-json' });
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Comma, semicolon or tab: whichever the header line holds most of. */
export function detectDelimiter(head: string): string {
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][0];
}

/** Header names compared loosely: `Created At`, `created-at` and `created_at` are one. */
export function normalizeHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_');
}

export interface CsvRow {
  /** Cell values by header position. */
  cells: string[];
  /** 1-based line number where the record starts. */
  line: number;
}

/**
 * Streams a CSV file (plain or gzip): calls `onHeader` with the header cells, then `onRow`
 * for every record. Records csv-parse cannot read are reported to `onBadRecord` and
 * skipped. Resolves with the number of data records seen (good and bad).
 */
export async function streamCsv(
  path: string,
  onHeader: (header: string[]) => void,
  onRow: (row: CsvRow) => void,
  onBadRecord: (line: number) => void,
): Promise<number> {
  const delimiter = detectDelimiter(await peekText(path, 4096));
  const content = await openContent(path);
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  });
  // Line = record number + 1 (the header): exact unless a quoted cell spans lines. csv-parse's
  // `info` option would give exact lines but costs a fifth of the parse time.
  let seen = 0;
  let header = true;
  parser.on('skip', () => {
    seen += 1;
    onBadRecord(seen + 1);
  });
  content.on('error', (e) => parser.destroy(e));
  content.pipe(parser);
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (header) {
        header = false;
        onHeader(record);
        continue;
      }
      seen += 1;
      onRow({ cells: record, line: seen + 1 });
    }
  } catch (e) {
    if (isCaselineError(e)) throw e;
    throw new CaselineError('source-unreadable', { path, reason: 'malformed-csv' });
  }
  return seen;
}
