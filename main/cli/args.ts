/** Flag parsing on node:util's parseArgs: unknown flags and missing values are usage errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type FlagSpec = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function parseFlags(
  argv: readonly string[],
  options: FlagSpec,
  maxPositionals: number,
): Parsed {
  let parsed: Parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options,
      allowPositionals: true,
      strict: true,
    }) as Parsed;
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`unexpected argument: ${parsed.positionals[maxPositionals]}`);
  }
  return parsed;
}

export function stringFlag(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function listFlag(p: Parsed, name: string): string[] {
  const v = p.values[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

/** An integer flag; a value that is not a whole number is a usage error. */
export function intFlag(p: Parsed, name: string, fallback: number, min = 0): number {
  const v = stringFlag(p, name);
  if (v === undefined) return fallback;
  const n = Number(v.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} must be an integer ≥ ${min}: ${v}`);
  return n;
}

export function requirePositional(p: Parsed, index: number, what: string): string {
  const v = p.positionals[index];
  if (v === undefined) throw new UsageError(`missing ${what}`);
  return v;
}
