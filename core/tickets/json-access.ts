/**
 * Small readers for untyped JSON exports: every system nests its values differently, so
 * the importers look values up through these instead of trusting a schema.
 */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as an object, or null. */
export function obj(value: unknown): JsonObject | null {
  return isObject(value) ? value : null;
}

/** The value as an array (non-arrays give an empty array). */
export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A non-empty trimmed string; numbers and booleans are written out; anything else is null. */
export function str(value: unknown): string | null {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return null;
}

/** The first of the values that is a non-empty string (see `str`). */
export function firstStr(...values: unknown[]): string | null {
  for (const value of values) {
    const s = str(value);
    if (s !== null) return s;
  }
  return null;
}

/** Strings of a list, or of a string split on `;`, `|` or `,`. */
export function strList(value: unknown, separators = /[;|,]/): string[] {
  if (Array.isArray(value)) {
    return value.map((v) => str(v) ?? str(obj(v)?.name)).filter((v): v is string => v !== null);
  }
  const s = str(value);
  if (s === null) return [];
  return s
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
