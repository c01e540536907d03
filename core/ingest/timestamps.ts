/**
 * Timestamps in the shapes logs actually use, to epoch milliseconds UTC. The common shapes
 * (ISO 8601, syslog, Apache access) are hand-parsed with charCodeAt: this runs once per
 * line on millions of lines. Rarer shapes (Loghub's HDFS `081109 203615`, Spark's
 * `17/06/09 20:10:40`...) go through a short list of anchored regexes, trying the one that
 * matched last first, since one file keeps one shape.
 */

import { dayStart, validDate, validTime, yearFor } from './calendar.ts';
import { rareTimestampLength, readRareTimestamp } from './timestamp-shapes.ts';

export interface TimestampOptions {
  /** Year for shapes without one (syslog `Mmm dd HH:MM:SS`); default: the current UTC year. */
  referenceYear?: number;
  /** Reference time (epoch ms): a year-less date more than one day after it rolls back a year. */
  now?: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

let endIndex = 0;

/** Index just past the timestamp found by the last successful `readTimestamp` call. */
export function timestampEnd(): number {
  return endIndex;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Two digits at i as a number, or -1. */
function d2(s: string, i: number): number {
  const a = digit(s, i);
  const b = digit(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

function d4(s: string, i: number): number {
  const a = d2(s, i);
  const b = d2(s, i + 2);
  return a < 0 || b < 0 ? -1 : a * 100 + b;
}

/** Milliseconds of a fraction starting at i (after '.' or ','); sets `fracEnd`. */
let fracEnd = 0;
function fraction(s: string, i: number): number {
  let ms = 0;
  let n = 0;
  while (i < s.length) {
    const c = digit(s, i);
    if (c < 0) break;
    if (n < 3) ms = ms * 10 + c;
    n++;
    i++;
  }
  while (n < 3 && n > 0) {
    ms *= 10;
    n++;
  }
  fracEnd = i;
  return ms;
}

/** Zone offset in ms at i (`Z`, `+hh:mm`, `+hhmm`, `+hh`, ` UTC`, ` +0000`); sets `zoneEnd`. */
let zoneEnd = 0;
function zone(s: string, i: number): number {
  zoneEnd = i;
  let c = s.charCodeAt(i);
  if (c === 90 /* Z */ || c === 122 /* z */) {
    zoneEnd = i + 1;
    return 0;
  }
  let j = i;
  if (c === 32 && i + 1 < s.length) {
    // A space then `UTC`/`GMT` or a numeric offset (Apache style).
    if (s.startsWith('UTC', i + 1) || s.startsWith('GMT', i + 1)) {
      zoneEnd = i + 4;
      return 0;
    }
    j = i + 1;
    c = s.charCodeAt(j);
  }
  if (c !== 43 && c !== 45) return 0;
  const hh = d2(s, j + 1);
  if (hh < 0 || hh > 14) return 0;
  let k = j + 3;
  if (s.charCodeAt(k) === 58) k++;
  let mm = d2(s, k);
  if (mm < 0) {
    mm = 0;
    k = j + 3;
  } else k += 2;
  zoneEnd = k;
  const off = (hh * 60 + mm) * 60_000;
  return c === 43 ? off : -off;
}

/** `HH:MM[:SS[.frac]]` at i as ms of day, or -1; sets `timeEnd`. */
let timeEnd = 0;
function clock(s: string, i: number): number {
  const h = d2(s, i);
  const mi = s.charCodeAt(i + 2) === 58 ? d2(s, i + 3) : -1;
  if (h < 0 || mi < 0) return -1;
  let sec = 0;
  let ms = 0;
  let k = i + 5;
  if (s.charCodeAt(k) === 58) {
    sec = d2(s, k + 1);
    if (sec < 0) return -1;
    k += 3;
    const sep = s.charCodeAt(k);
    if ((sep === 46 || sep === 44) && digit(s, k + 1) >= 0) {
      ms = fraction(s, k + 1);
      k = fracEnd;
    }
  }
  if (!validTime(h, mi, sec)) return -1;
  timeEnd = k;
  return ((h * 60 + mi) * 60 + sec) * 1000 + ms;
}

/** ISO 8601 `yyyy-MM-dd[T ]HH:mm[:ss[.,frac]][zone]` or a bare date; NaN when not. */
function readIso(s: string, i: number): number {
  const y = d4(s, i);
  if (y < 0 || s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45) return NaN;
  const m = d2(s, i + 5);
  const d = d2(s, i + 8);
  if (!validDate(y, m, d)) return NaN;
  const sep = s.charCodeAt(i + 10);
  if (sep === 84 || sep === 32 || sep === 116) {
    const t = clock(s, i + 11);
    if (t >= 0) {
      const off = zone(s, timeEnd);
      endIndex = zoneEnd;
      return dayStart(y, m, d) + t - off;
    }
  }
  // A bare date ends there; `2005-06-03-15.42.50` (BGL) is another shape.
  if (digit(s, i + 10) >= 0 || sep === 45 || sep === 46 || sep === 58) return NaN;
  endIndex = i + 10;
  return dayStart(y, m, d);
}

function monthAt(s: string, i: number): number {
  const a = s.charCodeAt(i) | 32;
  const b = s.charCodeAt(i + 1) | 32;
  const c = s.charCodeAt(i + 2) | 32;
  if (a < 97 || a > 122) return 0;
  return MONTHS[String.fromCharCode(a, b, c)] ?? 0;
}

/** Apache access `dd/MMM/yyyy:HH:mm:ss Z`. */
function readApache(s: string, i: number): number {
  const d = d2(s, i);
  if (d < 0 || s.charCodeAt(i + 2) !== 47 || s.charCodeAt(i + 6) !== 47) return NaN;
  const m = monthAt(s, i + 3);
  const y = d4(s, i + 7);
  if (m === 0 || !validDate(y, m, d) || s.charCodeAt(i + 11) !== 58) return NaN;
  const t = clock(s, i + 12);
  if (t < 0) return NaN;
  const off = zone(s, timeEnd);
  endIndex = zoneEnd;
  return dayStart(y, m, d) + t - off;
}

/** Syslog `Mmm dd HH:MM:SS` (day space-padded), or ctime `Www Mmm dd HH:MM:SS yyyy`. */
function readSyslog(s: string, i: number, o?: TimestampOptions): number {
  let m = monthAt(s, i);
  if (m === 0) {
    // ctime starts with a weekday name.
    if (s.charCodeAt(i + 3) !== 32) return NaN;
    i += 4;
    m = monthAt(s, i);
    if (m === 0) return NaN;
  }
  let k = i + 3;
  if (s.charCodeAt(k) !== 32) return NaN;
  while (s.charCodeAt(k) === 32) k++;
  let d = digit(s, k);
  if (d < 0) return NaN;
  const d1 = digit(s, k + 1);
  if (d1 >= 0) {
    d = d * 10 + d1;
    k++;
  }
  k++;
  if (s.charCodeAt(k) !== 32) return NaN;
  const t = clock(s, k + 1);
  if (t < 0 || d < 1 || d > 31) return NaN;
  let end = timeEnd;
  let y = -1;
  if (s.charCodeAt(end) === 32) {
    const yy = d4(s, end + 1);
    if (yy >= 1970 && digit(s, end + 5) < 0) {
      y = yy;
      end += 5;
    }
  }
  if (y < 0) y = yearFor(m, d, t, o);
  endIndex = end;
  return dayStart(y, m, d) + t;
}

/**
 * Reads a timestamp starting at `start` of a line (ISO 8601, syslog, ctime, Apache access,
 * and the Loghub shapes). Returns epoch ms UTC, or NaN when none starts there; on success
 * `timestampEnd()` gives the index just past it. Never throws.
 */
export function readTimestamp(s: string, start = 0, options?: TimestampOptions): number {
  const c = s.charCodeAt(start);
  if (c >= 48 && c <= 57) {
    if (s.charCodeAt(start + 4) === 45) {
      const t = readIso(s, start);
      if (!Number.isNaN(t)) return t;
    } else if (s.charCodeAt(start + 2) === 47 && s.charCodeAt(start + 6) === 47) {
      const t = readApache(s, start);
      if (!Number.isNaN(t)) return t;
    }
    const t = readRareTimestamp(s, start, options);
    if (!Number.isNaN(t)) endIndex = start + rareTimestampLength();
    return t;
  }
  if ((c | 32) >= 97 && (c | 32) <= 122) return readSyslog(s, start, options);
  return NaN;
}

/** Epoch seconds, ms, µs or ns by magnitude, to ms. */
export function epochToMs(n: number): number | null {
  if (!Number.isFinite(n) || n < 0) return null;
  if (n < 1e11) return Math.round(n * 1000);
  if (n < 1e14) return Math.round(n);
  if (n < 1e17) return Math.round(n / 1000);
  return Math.round(n / 1e6);
}

function isNumeric(s: string): boolean {
  let dot = false;
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 && !dot && i > 0) dot = true;
    else if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A field's value as epoch ms UTC: a number or numeric string is an epoch (unit by
 * magnitude), a string is read with `readTimestamp` and must be the whole value (bar
 * surrounding spaces). Returns null when it is none of these. Never throws.
 */
export function parseTimestamp(value: unknown, options?: TimestampOptions): number | null {
  if (typeof value === 'number') return epochToMs(value);
  if (typeof value === 'bigint') return epochToMs(Number(value));
  if (typeof value !== 'string') return null;
  let s = value;
  if (s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32) s = s.trim();
  if (isNumeric(s)) {
    // Eight digits or fewer are dates or counters, not plausible epochs.
    return s.length >= 9 ? epochToMs(Number(s)) : null;
  }
  const t = readTimestamp(s, 0, options);
  if (Number.isNaN(t)) return null;
  return endIndex === s.length ? t : null;
}
