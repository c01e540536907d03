/**
 * Fast UTC time formatting for millions of log lines: the date part is cached per day and
 * the clock part is built from lookup tables instead of Date objects.
 */
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PAD2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const PAD3 = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

interface DayParts {
  day: number;
  iso: string; // 2026-10-10
  apache: string; // 10/Oct/2026
  syslog: string; // Oct 10
}

let cached: DayParts = { day: -1, iso: '', apache: '', syslog: '' };

function dayParts(t: number): DayParts {
  const day = Math.floor(t / DAY);
  if (day !== cached.day) {
    const d = new Date(day * DAY);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth();
    const dd = PAD2[d.getUTCDate()];
    cached = {
      day,
      iso: `${y}-${PAD2[m + 1]}-${dd}`,
      apache: `${dd}/${MONTHS[m]}/${y}`,
      syslog: `${MONTHS[m]} ${String(d.getUTCDate()).padStart(2, ' ')}`,
    };
  }
  return cached;
}

function clock(t: number): string {
  const ms = ((t % DAY) + DAY) % DAY;
  const s = Math.floor(ms / 1000);
  return `${PAD2[Math.floor(s / 3600)]}:${PAD2[Math.floor(s / 60) % 60]}:${PAD2[s % 60]}`;
}

function millis(t: number): string {
  return PAD3[((Math.floor(t) % 1000) + 1000) % 1000];
}

/** `2026-10-10T13:55:36.123Z` */
export function isoMs(t: number): string {
  return `${dayParts(t).iso}T${clock(t)}.${millis(t)}Z`;
}

/** `2026-10-10T13:55:36Z` (Zendesk). */
export function isoSec(t: number): string {
  return `${dayParts(t).iso}T${clock(t)}Z`;
}

/** `2026-10-10` */
export function isoDate(t: number): string {
  return dayParts(t).iso;
}

/** `10/Oct/2026:13:55:36 +0000` (combined access log). */
export function apacheTime(t: number): string {
  return `${dayParts(t).apache}:${clock(t)} +0000`;
}

/** `2026-10-10 13:55:36,123` (Log4j / Logback default). */
export function log4jTime(t: number): string {
  return `${dayParts(t).iso} ${clock(t)},${millis(t)}`;
}

/** `2026-10-10 13:55:36` (ServiceNow Table API, UTC). */
export function snowTime(t: number): string {
  return `${dayParts(t).iso} ${clock(t)}`;
}

/** `2026-10-10T13:55:36.123+0000` (Jira REST API v2). */
export function jiraTime(t: number): string {
  return `${dayParts(t).iso}T${clock(t)}.${millis(t)}+0000`;
}

/** `13:55` for quoting a time in customer-written text. */
export function hourMinute(t: number): string {
  return clock(t).slice(0, 5);
}
