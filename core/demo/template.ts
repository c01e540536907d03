import type { Rng } from './prng.ts';
import { WeightedPicker } from './prng.ts';

/**
 * Message templates with `{name}` placeholders, compiled once and filled per line. The same
 * template also yields the signature text (`<*>` for each variable part) for ground truth.
 */
export type Level = 'debug' | 'info' | 'warn' | 'error';

/** Values a template may take from the line's context rather than from randomness. */
export interface FillContext {
  tenant: string;
  user: string;
  requestId: string;
}

export interface Template {
  level: Level;
  /** Text with `<*>` for variable parts, as a miner should find it. */
  signature: string;
  parts: string[];
  slots: Slot[];
}

type Slot = (rng: Rng, ctx: FillContext) => string;

const WORDS = ['alpha', 'nightly', 'export', 'sync', 'reconcile', 'digest', 'refresh', 'cleanup'];
const HOSTS = ['db-01', 'db-02', 'cache-01', 'mq-01', 'web-03', 'web-04', 'search-02'];
const QUEUES = ['orders.created', 'invoices.due', 'emails.outbound', 'webhooks.retry', 'audit'];
const CURRENCIES = ['EUR', 'USD', 'GBP', 'JPY', 'BRL', 'CHF'];
const DOMAINS = ['example.com', 'mail.example.org', 'corp.example.net'];
const FIRST = ['anna', 'ben', 'carla', 'david', 'elena', 'farid', 'greta', 'hiro', 'ines'];

const SLOTS: Record<string, Slot> = {
  n: (r) => String(r.int(1, 999)),
  big: (r) => String(r.int(1000, 999_999)),
  ms: (r) => String(Math.round(r.logNormal(60, 0.9)) + 1),
  slow: (r) => String(r.int(2_000, 30_000)),
  sec: (r) => String(r.int(1, 120)),
  bytes: (r) => String(Math.round(r.logNormal(4_000, 1.5))),
  pct: (r) => String(r.int(1, 99)),
  ip: (r) => `${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
  email: (r) => `${r.pick(FIRST)}.${r.int(1, 99)}@${r.pick(DOMAINS)}`,
  phone: (r) => `+49 30 ${r.int(1_000_000, 9_999_999)}`,
  hex: (r) => r.hex(8),
  uuid: (r) => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-a${r.hex(3)}-${r.hex(12)}`,
  order: (r) => `ord-${r.int(1_000_000, 9_999_999)}`,
  inv: (r) => String(r.int(10_000, 99_999)),
  sku: (r) => `SKU-${r.int(10_000, 99_999)}`,
  host: (r) => r.pick(HOSTS),
  queue: (r) => r.pick(QUEUES),
  word: (r) => r.pick(WORDS),
  cur: (r) => r.pick(CURRENCIES),
  pid: (r) => String(r.int(300, 65_000)),
  port: (r) => String(r.int(1024, 65_535)),
  user: (_r, c) => c.user,
  tenant: (_r, c) => c.tenant,
  req: (_r, c) => c.requestId,
};

/** Compile `E Failed to charge invoice {inv} for tenant {tenant}`; the first letter is the level. */
export function compile(source: string): Template {
  const levels: Record<string, Level> = { D: 'debug', I: 'info', W: 'warn', E: 'error' };
  const level = levels[source[0] ?? 'I'] ?? 'info';
  const text = source.slice(2);
  const parts: string[] = [];
  const slots: Slot[] = [];
  const re = /\{(\w+)\}/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const slot = SLOTS[m[1]];
    if (!slot) throw new Error(`unknown template slot ${m[0]}`);
    parts.push(text.slice(last, m.index));
    slots.push(slot);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return { level, signature: parts.join('<*>'), parts, slots };
}

/** The template's text with fresh variable parts. */
export function fill(t: Template, rng: Rng, ctx: FillContext): string {
  let s = t.parts[0];
  for (let i = 0; i < t.slots.length; i++) {
    s += t.slots[i](rng, ctx) + t.parts[i + 1];
  }
  return s;
}

const LEVEL_WEIGHT: Record<Level, number> = { debug: 4, info: 10, warn: 1.2, error: 0.25 };

/** Picker over compiled templates: Zipf-like by position, scaled by level (errors are rare). */
export function templatePicker(sources: readonly string[]): WeightedPicker<Template> {
  const templates = sources.map(compile);
  return new WeightedPicker(
    templates,
    templates.map((t, i) => LEVEL_WEIGHT[t.level] / Math.pow(1 + i, 0.6)),
  );
}
