/**
 * The header of a text log line as Log4j, Logback, Python logging, Spark, Hadoop and
 * friends write it: `<timestamp> [pid] <LEVEL> [thread] <logger>: message`, with `-`, `|`
 * or `,` between parts in any order. Scanned token by token, never with a backtracking regex.
 */
import type { Level } from '../log-record.ts';
import { levelFromWord } from '../levels.ts';
import { readTimestamp, timestampEnd, type TimestampOptions } from '../timestamps.ts';

export interface TextHeader {
  ts: number | null;
  level: Level;
  logger: string | null;
  thread: string | null;
  /** Index where the message starts. */
  messageStart: number;
}

/** A level token in a text header: a known level word, upper case or at least four letters. */
export function headerLevel(token: string): Level | null {
  if (token.length === 0) return null;
  const level = levelFromWord(token);
  if (level === null) return null;
  const c = token.charCodeAt(0);
  const upper = c === 91 /* [ */ || c === 60 || (c >= 65 && c <= 90);
  return token.length >= 4 || upper ? level : null;
}

function isSeparator(c: number): boolean {
  return c === 32 || c === 45 || c === 124 || c === 44 || c === 9; // space - | , tab
}

/** End of a `[...]` token starting at i, counting nested brackets; -1 when unclosed. */
function bracketEnd(line: string, i: number): number {
  let depth = 0;
  for (let k = i; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === 91) depth++;
    else if (c === 93 && --depth === 0) return k + 1;
  }
  return -1;
}

function isNumber(line: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = line.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return b > a;
}

/**
 * Reads a header at the start of a line; null when the line does not start with a timestamp
 * (or with Python's `LEVEL:logger:`). Never throws.
 */
export function readTextHeader(line: string, time?: TimestampOptions): TextHeader | null {
  let i = 0;
  const bracketed = line.charCodeAt(0) === 91;
  if (bracketed) i = 1;
  const ts = readTimestamp(line, i, time);
  if (Number.isNaN(ts)) return bracketed ? null : pythonDefault(line);
  i = timestampEnd();
  if (bracketed) {
    if (line.charCodeAt(i) !== 93) return null;
    i++;
  }
  const header: TextHeader = { ts, level: 'unknown', logger: null, thread: null, messageStart: i };
  let levelSeen = false;
  // Up to six tokens of header: numbers (pid), [thread], LEVEL, logger.
  for (let n = 0; n < 6 && i < line.length; n++) {
    while (i < line.length && isSeparator(line.charCodeAt(i))) {
      // ` - ` separates header parts; a `-` glued to a word is part of it.
      i++;
    }
    header.messageStart = i;
    if (i >= line.length) break;
    if (line.charCodeAt(i) === 91) {
      const end = bracketEnd(line, i);
      if (end < 0) break;
      const inner = line.slice(i + 1, end - 1);
      const level = levelSeen ? null : headerLevel(inner);
      if (level) {
        header.level = level;
        levelSeen = true;
      } else header.thread ??= inner;
      i = end;
      if (line.charCodeAt(i) === 58) i++; // `[thread]:`
      header.messageStart = i;
      continue;
    }
    let end = line.indexOf(' ', i);
    if (end < 0) end = line.length;
    if (isNumber(line, i, end)) {
      i = end;
      continue;
    }
    const colon = line.charCodeAt(end - 1) === 58;
    const token = line.slice(i, colon ? end - 1 : end);
    if (!levelSeen) {
      const level = headerLevel(token);
      if (level) {
        header.level = level;
        levelSeen = true;
        i = end;
        header.messageStart = i;
        continue;
      }
    }
    // A logger is one dotted word ending with `:` or followed by ` - `.
    if (header.logger === null && (colon || line.startsWith(' - ', end)) && token.length > 0) {
      header.logger = token;
      i = colon ? end : end + 2;
      header.messageStart = i;
      if (levelSeen) break;
      continue;
    }
    break;
  }
  while (header.messageStart < line.length && line.charCodeAt(header.messageStart) === 32)
    header.messageStart++;
  return header;
}

/** Python's default `ERROR:root:message`. */
function pythonDefault(line: string): TextHeader | null {
  const c1 = line.indexOf(':');
  if (c1 < 4 || c1 > 8) return null;
  const c0 = line.charCodeAt(0);
  if (c0 < 65 || c0 > 90) return null;
  const level = levelFromWord(line.slice(0, c1));
  if (level === null) return null;
  const c2 = line.indexOf(':', c1 + 1);
  if (c2 < 0) return null;
  return { ts: null, level, logger: line.slice(c1 + 1, c2), thread: null, messageStart: c2 + 1 };
}
