/**
 * The hosts' own user-visible text (CLI messages, the HTTP host's fallback page), from
 * locales/<lang>/<namespace>.json, the files the renderer uses. Language from
 * CASELINE_LANG or LANG, English as fallback.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Catalog = Record<string, unknown>;

const localesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'locales');

function load(lang: string, ns: string): Catalog {
  const file = join(localesDir, lang, `${ns}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Catalog) : {};
}

function pickLanguage(): string {
  const raw = process.env.CASELINE_LANG ?? process.env.LANG ?? 'en';
  const lang = raw.slice(0, 2).toLowerCase();
  return existsSync(join(localesDir, lang)) ? lang : 'en';
}

const lang = pickLanguage();
const cache = new Map<string, Catalog>();

function lookup(catalog: Catalog, key: string): string | undefined {
  let node: unknown = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Translates `ns:key` with i18next-style `{{name}}` interpolation; the key if missing. */
export function t(fullKey: string, params: Record<string, string | number> = {}): string {
  const [ns, key] = fullKey.includes(':') ? fullKey.split(':', 2) : ['cli', fullKey];
  let text: string | undefined;
  for (const l of [lang, 'en']) {
    const id = `${l}/${ns}`;
    if (!cache.has(id)) cache.set(id, load(l, ns));
    text = lookup(cache.get(id)!, key);
    if (text !== undefined) break;
  }
  return (text ?? fullKey).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
    params[name] === undefined ? `{{${name}}}` : String(params[name]),
  );
}

export const numberFormat = new Intl.NumberFormat(lang);
