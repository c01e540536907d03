/**
 * Streams the lines of one source file, plain or gzip (detected by magic bytes, not the
 * name). Never loads the whole file, never writes it, and turns damaged input into counts
 * instead of exceptions: invalid UTF-8 becomes U+FFFD, NUL bytes are dropped, an
 * oversized line is cut, and a truncated gzip ends the file early with what was read.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

export interface LineStats {
  lines: number;
  bytes: number;
  invalidUtf8Lines: number;
  nulLines: number;
  cutLines: number;
  /** Set when a gzip stream ended early or was corrupt; lines before it were delivered. */
  damagedGzip: boolean;
}

export interface ReadLinesOptions {
  /** Longest line kept, in characters; the rest of a longer line is dropped and counted. */
  maxLineChars?: number;
  /** Awaited after each chunk: a slow consumer can hold the reader back. */
  afterChunk?: () => Promise<void> | void;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** First bytes of a file, for sniffing (gzip magic, binary content). */
export async function readHead(path: string, bytes = 8192): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export function isGzip(head: Buffer): boolean {
  return head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/**
 * True when a sample looks like binary data rather than text: many NUL or other control
 * bytes. A text log with a few NUL bytes still counts as text.
 */
export function looksBinary(sample: Buffer): boolean {
  if (sample.length === 0) return false;
  let control = 0;
  for (const b of sample) {
    if (b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27)) control++;
  }
  return control / sample.length > 0.1;
}

/** Opens a decoded byte stream of the file: gunzipped when it is gzip. */
export async function openSource(path: string): Promise<{ stream: Readable; gzip: boolean }> {
  const head = await readHead(path, 4);
  const raw = createReadStream(path, { flags: 'r', highWaterMark: 1 << 20 });
  if (!isGzip(head)) return { stream: raw, gzip: false };
  const gunzip = createGunzip();
  raw.on('error', (e) => gunzip.destroy(e));
  return { stream: raw.pipe(gunzip), gzip: true };
}

/**
 * Calls `onLine(line, lineNo)` for every line (1-based numbers, without '\r' or '\n').
 * Resolves with counts; rejects only when the file cannot be opened at all.
 */
export async function readLines(
  path: string,
  onLine: (line: string, lineNo: number) => void,
  options: ReadLinesOptions = {},
): Promise<LineStats> {
  const maxChars = options.maxLineChars ?? 1 << 20;
  const stats: LineStats = {
    lines: 0,
    bytes: 0,
    invalidUtf8Lines: 0,
    nulLines: 0,
    cutLines: 0,
    damagedGzip: false,
  };
  const { stream, gzip } = await openSource(path);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let pending = '';
  let cutting = false;

  const emit = (raw: string): void => {
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    stats.lines++;
    if (line.includes('\u0000')) {
      line = line.replaceAll('\u0000', '');
      stats.nulLines++;
    }
    if (line.includes('\uFFFD')) stats.invalidUtf8Lines++;
    onLine(line, stats.lines);
  };

  const take = (text: string): void => {
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl === -1) break;
      if (cutting) {
        cutting = false;
        pending = '';
      } else {
        emit(pending.length ? pending + text.slice(start, nl) : text.slice(start, nl));
        pending = '';
      }
      start = nl + 1;
    }
    if (start < text.length && !cutting) {
      pending += text.slice(start);
      if (pending.length > maxChars) {
        // Keep the head of an oversized line as its own line; drop the rest up to '\n'.
        emit(pending.slice(0, maxChars));
        stats.cutLines++;
        pending = '';
        cutting = true;
      }
    }
  };

  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      stats.bytes += buf.length;
      take(decoder.decode(buf, { stream: true }));
      if (options.afterChunk) await options.afterChunk();
    }
  } catch (e) {
    if (!gzip) throw e;
    stats.damagedGzip = true;
  }
  take(decoder.decode());
  if (pending.length && !cutting) emit(pending);
  return stats;
}
