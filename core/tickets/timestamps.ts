/**
 * Every export writes time its own way; all of them become epoch milliseconds UTC here.
 * A time without an offset is taken as UTC: ServiceNow's Table API returns UTC by
 * default, and the UCI event log carries no zone at all.
 */
import { isObject } from './json-access.ts';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;
// 29/2/2016 01:16 (day/month/year), as in the ServiceNow incident event log.
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Epoch ms UTC for an ISO 8601 string (with or without offset, `+0000` included),
 * `YYYY-MM-DD HH:MM:SS`, `d/m/yyyy HH:MM`, epoch seconds or milliseconds (number or
 * digits), or a Jira Service Management `{ epochMillis, iso8601 }` object.
 * Returns null when the value is missing or not a valid time; never throws.
 */
export function parseTimestamp(value: unknown): number | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (isObject(value)) {
    return parseTimestamp(value.epochMillis) ?? parseTimestamp(value.iso8601 ?? value.jira);
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '' || text === '?') return null;
  if (/^\d{9,13}$/.test(text)) return fromEpoch(Number(text));
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
    const local = utc(+y, +mo, +d, +(h ?? 0), +(mi ?? 0), +(s ?? 0), ms);
    return local === null ? null : local - offsetMinutes(zone) * 60_000;
  }
  const dmy = DMY.exec(text);
  if (dmy) {
    const [, d, mo, y, h, mi, s] = dmy;
    return utc(+y, +mo, +d, +(h ?? 0), +(mi ?? 0), +(s ?? 0), 0);
  }
  return null;
}

function fromEpoch(n: number): number | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  // Below 1e11 it is seconds (1e11 s is year 5138; 1e11 ms is 1973).
  return n < 1e11 ? Math.round(n * 1000) : Math.round(n);
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number) {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return null;
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  // Date.UTC rolls 31/2 over into March; a real export never means that.
  return new Date(t).getUTCDate() === d ? t : null;
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || /^(z|utc)$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}
