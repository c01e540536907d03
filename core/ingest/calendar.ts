/**
 * Calendar arithmetic for timestamp parsing: civil date to epoch day without Date objects,
 * and the year of a year-less date.
 */
import type { TimestampOptions } from './timestamps.ts';

export const DAY_MS = 86_400_000;

// One file keeps one date for many lines: remember the last day's epoch.
let lastDayKey = -1;
let lastDayMs = 0;

/** Epoch ms of midnight UTC of a civil date (proleptic Gregorian), without Date objects. */
export function dayStart(y: number, m: number, d: number): number {
  const key = y * 10_000 + m * 100 + d;
  if (key === lastDayKey) return lastDayMs;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  lastDayKey = key;
  lastDayMs = (era * 146_097 + doe - 719_468) * DAY_MS;
  return lastDayMs;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function validDate(y: number, m: number, d: number): boolean {
  if (y < 1970 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= 28 || d <= daysInMonth(y, m);
}

export function validTime(h: number, mi: number, s: number): boolean {
  return h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 60;
}

export function yearFor(month: number, day: number, msOfDay: number, o?: TimestampOptions): number {
  const now = o?.now ?? Date.now();
  const year = o?.referenceYear ?? new Date(now).getUTCFullYear();
  let y = dayStart(year, month, day) + msOfDay > now + DAY_MS ? year - 1 : year;
  // Feb 29 belongs to the latest leap year not after the reference.
  while (month === 2 && day === 29 && !isLeap(y)) y--;
  return y;
}
