/**
 * Timestamp shapes seen rarely, mostly in Loghub data sets: HDFS `081109 203615`, Spark
 * `17/06/09 20:10:40`, BGL, HealthApp, Android, Proxifier. Anchored regexes tried only after
 * the hand-written fast paths fail, the last one that matched first (one file, one shape).
 */
import { dayStart, validDate, validTime, yearFor } from './calendar.ts';
import type { TimestampOptions } from './timestamps.ts';

type Shape = { re: RegExp; build: (g: string[], o?: TimestampOptions) => number };

const num = (x: string | undefined): number => (x === undefined ? 0 : Number(x));
const ms3 = (x: string | undefined): number => (x ? Number((x + '00').slice(0, 3)) : 0);

function at(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
): number {
  if (!validDate(y, mo, d) || !validTime(h, mi, s)) return NaN;
  return dayStart(y, mo, d) + ((h * 60 + mi) * 60 + s) * 1000 + ms;
}

function yearless(
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  o?: TimestampOptions,
): number {
  if (!validDate(2000, mo, d) || !validTime(h, mi, s)) return NaN; // 2000: a leap year
  const t = ((h * 60 + mi) * 60 + s) * 1000 + ms;
  return at(yearFor(mo, d, t, o), mo, d, h, mi, s, ms);
}

// Rare shapes (mostly Loghub's), anchored at the start; built only after the fast paths fail.
const SHAPES: Shape[] = [
  // HDFS `081109 203615`
  {
    re: /^(\d\d)(\d\d)(\d\d) (\d\d)(\d\d)(\d\d)(?!\d)/,
    build: (g) => at(2000 + num(g[1]), num(g[2]), num(g[3]), num(g[4]), num(g[5]), num(g[6]), 0),
  },
  // Spark `17/06/09 20:10:40`
  {
    re: /^(\d\d)\/(\d\d)\/(\d\d) (\d\d):(\d\d):(\d\d)/,
    build: (g) => at(2000 + num(g[1]), num(g[2]), num(g[3]), num(g[4]), num(g[5]), num(g[6]), 0),
  },
  // `2016/9/27 20:30:31.455`, `2005.06.03 ...`
  {
    re: /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ :T-](\d\d)[:.](\d\d)[:.](\d\d)(?:[.,](\d+))?)?(?![\d.])/,
    build: (g) => at(num(g[1]), num(g[2]), num(g[3]), num(g[4]), num(g[5]), num(g[6]), ms3(g[7])),
  },
  // BGL `2005-06-03-15.42.50.675872`
  {
    re: /^(\d{4})-(\d\d)-(\d\d)-(\d\d)\.(\d\d)\.(\d\d)(?:\.(\d+))?/,
    build: (g) => at(num(g[1]), num(g[2]), num(g[3]), num(g[4]), num(g[5]), num(g[6]), ms3(g[7])),
  },
  // HealthApp `20171223-22:15:29:606`
  {
    re: /^(\d{4})(\d\d)(\d\d)-(\d\d):(\d\d):(\d\d)(?::(\d{1,3}))?/,
    build: (g) => at(num(g[1]), num(g[2]), num(g[3]), num(g[4]), num(g[5]), num(g[6]), num(g[7])),
  },
  // Android `03-17 16:13:38.811`
  {
    re: /^(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d+))?/,
    build: (g, o) => yearless(num(g[1]), num(g[2]), num(g[3]), num(g[4]), num(g[5]), ms3(g[6]), o),
  },
  // Proxifier `10.30 16:49:06`
  {
    re: /^(\d\d)\.(\d\d) (\d\d):(\d\d):(\d\d)/,
    build: (g, o) => yearless(num(g[1]), num(g[2]), num(g[3]), num(g[4]), num(g[5]), 0, o),
  },
];
let lastShape = 0;
let matchLength = 0;

/** Length of the text the last successful `readRareTimestamp` call read. */
export function rareTimestampLength(): number {
  return matchLength;
}

/** A rare-shape timestamp at index i of s, as epoch ms; NaN when none matches. */
export function readRareTimestamp(s: string, i: number, o?: TimestampOptions): number {
  const text = i === 0 ? s : s.slice(i);
  for (let n = 0; n < SHAPES.length; n++) {
    const k = (lastShape + n) % SHAPES.length;
    const shape = SHAPES[k];
    const m = shape.re.exec(text);
    if (!m) continue;
    const t = shape.build(m, o);
    if (Number.isNaN(t)) continue;
    lastShape = k;
    matchLength = m[0].length;
    return t;
  }
  return NaN;
}
