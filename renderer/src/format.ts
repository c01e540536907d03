/**
 * Numbers, shares and times for the chosen language, always through Intl so a German
 * user sees 1.234 and 31.12.2026 without any component knowing about it.
 */

/** An integer count, grouped for the language (`12,345` / `12.345`). */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);
}

/** A share between 0 and 1 as a percentage with at most one decimal. */
export function formatShare(value: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    value,
  );
}

const dateTimeOptions: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** An ISO time in the user's time zone, or null when there is none. */
export function formatTime(iso: string | null, language: string): string | null {
  if (iso === null) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(language, dateTimeOptions).format(date);
}

/** A from-to range collapsed by Intl (`Sep 1, 2026, 10:00 – 14:00`), or null if open. */
export function formatTimeRange(
  from: string | null,
  to: string | null,
  language: string,
): string | null {
  if (from === null || to === null) return null;
  const start = new Date(from);
  const end = new Date(to);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return null;
  const format = new Intl.DateTimeFormat(language, dateTimeOptions);
  return start <= end ? format.formatRange(start, end) : format.formatRange(end, start);
}

/** The file name of a workspace path, whichever separator the host uses. */
export function workspaceName(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p !== '');
  return parts[parts.length - 1] ?? path;
}
