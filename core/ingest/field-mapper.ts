/**
 * Turns one structured record (a JSON object, logfmt pairs, a CSV row) into a LogRecord:
 * each field is looked up once in a name -> role table built from the config and the
 * well-known names, nested objects are walked only where a known path or a container
 * (`labels`, `attributes`...) leads, and what no role takes stays in `attributes`.
 */
import type { IngestConfig } from './config.ts';
import { emptyRecord, type LogRecord } from './log-record.ts';
import { normalizeLevel } from './levels.ts';
import { parseTimestamp, type TimestampOptions } from './timestamps.ts';
import {
  CONTAINER_FIELDS,
  FIELD_ROLES,
  WELL_KNOWN_FIELDS,
  type FieldRole,
} from './well-known-fields.ts';

const ROLE_COUNT = FIELD_ROLES.length;
const R = Object.fromEntries(FIELD_ROLES.map((r, i) => [r, i])) as Record<FieldRole, number>;

interface Target {
  role: number;
  priority: number;
  /** Attribute name to keep an unmapped alias under (a renamed field). */
  rename: string | null;
}

export interface FieldMapper {
  /**
   * Maps one object to a record. `fallbackMessage` is used when no field holds a message.
   * Never throws; values it cannot read stay in attributes.
   */
  map(fields: Record<string, unknown>, line: number, fallbackMessage: string): LogRecord;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** OTLP JSON keeps attributes as `[{key, value: {stringValue}}]`: make it an object. */
function otlpAttributes(list: readonly unknown[]): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const item of list) {
    if (!isPlainObject(item) || typeof item.key !== 'string') return null;
    out[item.key] = otlpValue(item.value);
  }
  return out;
}

function otlpValue(v: unknown): unknown {
  if (!isPlainObject(v)) return v;
  if ('stringValue' in v) return v.stringValue;
  if ('intValue' in v) return Number(v.intValue);
  if ('doubleValue' in v) return v.doubleValue;
  if ('boolValue' in v) return v.boolValue;
  return v;
}

function buildTable(config: IngestConfig): { table: Map<string, Target>; prefixes: Set<string> } {
  const table = new Map<string, Target>();
  const prefixes = new Set<string>(CONTAINER_FIELDS);
  const add = (name: string, role: number, priority: number): void => {
    if (!table.has(name)) table.set(name, { role, priority, rename: null });
    let dot = name.indexOf('.');
    while (dot > 0) {
      prefixes.add(name.slice(0, dot));
      dot = name.indexOf('.', dot + 1);
    }
  };
  FIELD_ROLES.forEach((role, r) => {
    config.fields[role].forEach((name, i) => add(name, r, i));
  });
  for (const [from, to] of Object.entries(config.aliases)) {
    const role = R[to as FieldRole];
    if (role !== undefined) add(from, role, 100);
  }
  FIELD_ROLES.forEach((role, r) => {
    WELL_KNOWN_FIELDS[role].forEach((name, i) => add(name, r, 200 + i));
  });
  for (const [from, to] of Object.entries(config.aliases)) {
    if (table.has(from)) continue;
    const target = table.get(to);
    table.set(
      from,
      target ? { ...target, priority: target.priority + 1 } : { role: -1, priority: 0, rename: to },
    );
  }
  return { table, prefixes };
}

function idString(v: unknown): string | null {
  if (typeof v === 'string') return v === '' || v === '-' ? null : v;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return null;
}

function scalarText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return JSON.stringify(v) ?? '';
}

/** Compiles the config's field names once per import; the mapper is reused for every line. */
export function createFieldMapper(config: IngestConfig, tsOptions?: TimestampOptions): FieldMapper {
  const { table, prefixes } = buildTable(config);
  const values: unknown[] = new Array<unknown>(ROLE_COUNT);
  const priorities: number[] = new Array<number>(ROLE_COUNT);
  const paths: string[] = new Array<string>(ROLE_COUNT).fill('');
  let otelLevel = false;
  let attrs: Record<string, unknown> | null = null;

  const visit = (
    obj: Record<string, unknown>,
    prefix: string,
    inContainer: boolean,
    depth: number,
  ): void => {
    for (const key in obj) {
      let v = obj[key];
      const path = prefix === '' ? key : prefix + '.' + key;
      let target = table.get(path);
      if (target === undefined && inContainer) target = table.get(key);
      const scalar = typeof v !== 'object' || v === null;
      if (target !== undefined && scalar && v !== null) {
        if (target.role < 0) {
          (attrs ??= {})[target.rename!] = v;
          continue;
        }
        if (target.priority < priorities[target.role]) {
          // A displaced value is kept as an attribute, so nothing is lost.
          const prev = values[target.role];
          if (prev !== undefined) (attrs ??= {})[paths[target.role]] = prev;
          values[target.role] = v;
          paths[target.role] = path;
          priorities[target.role] = target.priority;
          if (target.role === R.level)
            otelLevel = key === 'severityNumber' && typeof v === 'number';
        } else (attrs ??= {})[path] = v;
        continue;
      }
      if (depth < 4 && !scalar) {
        const container = CONTAINER_FIELDS.has(path) || CONTAINER_FIELDS.has(key);
        if (Array.isArray(v) && container) {
          const converted = otlpAttributes(v);
          if (converted) v = converted;
        }
        if (isPlainObject(v) && (container || prefixes.has(path))) {
          visit(v, path, container || inContainer, depth + 1);
          continue;
        }
        if (isPlainObject(v) && target !== undefined && target.role === R.message) {
          const text = otlpValue(v);
          if (typeof text === 'string' && values[R.message] === undefined) {
            values[R.message] = text;
            paths[R.message] = path;
            priorities[R.message] = target.priority;
            continue;
          }
        }
      }
      if (v !== undefined) (attrs ??= {})[path] = v;
    }
  };

  return {
    map(fields, line, fallbackMessage) {
      values.fill(undefined);
      priorities.fill(Number.MAX_SAFE_INTEGER);
      otelLevel = false;
      attrs = null;
      visit(fields, '', false, 0);
      const rawMessage = values[R.message];
      const message = rawMessage === undefined ? fallbackMessage : scalarText(rawMessage);
      const rec = emptyRecord(line, message);
      const ts = values[R.timestamp];
      if (ts !== undefined) {
        rec.ts = parseTimestamp(ts, tsOptions);
        if (rec.ts === null) (attrs ??= {}).timestamp = ts;
      }
      if (values[R.level] !== undefined) rec.level = normalizeLevel(values[R.level], otelLevel);
      rec.service = idString(values[R.service]);
      rec.host = idString(values[R.host]);
      rec.version = idString(values[R.version]);
      rec.tenantId = idString(values[R.tenant]);
      if (rec.tenantId !== null) rec.tenantOrigin = 'field';
      rec.customerId = idString(values[R.customer]);
      rec.userId = idString(values[R.user]);
      rec.requestId = idString(values[R.request]);
      rec.traceId = idString(values[R.trace]);
      rec.sessionId = idString(values[R.session]);
      rec.attributes = attrs;
      return rec;
    },
  };
}
