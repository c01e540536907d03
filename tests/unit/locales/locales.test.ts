// Every language carries every string, and components show no text that bypasses them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../../..');
const localesDir = join(repoRoot, 'locales');
const languages = readdirSync(localesDir).filter((d) =>
  statSync(join(localesDir, d)).isDirectory(),
);
const namespaces = [
  ...new Set(
    languages.flatMap((l) => readdirSync(join(localesDir, l)).filter((f) => f.endsWith('.json'))),
  ),
].sort();

/** Flattens nested resources to dotted keys with their values. */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      for (const [key, leaf] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(key, leaf);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

function load(language: string, namespace: string): Map<string, unknown> {
  return flatten(
    JSON.parse(readFileSync(join(localesDir, language, namespace), 'utf8')) as unknown,
  );
}

/** `{{name}}` placeholders of a string, sorted. */
function placeholders(text: unknown): string[] {
  return typeof text === 'string'
    ? [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
    : [];
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f));
}

/**
 * Literal user-visible text in TSX: text between a tag's `>` and the next `<` that holds
 * letters outside `{...}`, and literal strings in labelling attributes. AST-free, so it
 * skips arrow functions and code-looking text between generic brackets.
 */
function literalJsxText(source: string): string[] {
  const found: string[] = [];
  const code = source.replace(/\/\/.*$/gm, '').replace(/=>/g, '  ');
  for (const m of code.matchAll(/>([^<>]*)</g)) {
    let text = m[1];
    // Strip expressions innermost first, so `{t('a', { n })}` leaves nothing behind.
    for (let prev = ''; prev !== text;) [prev, text] = [text, text.replace(/\{[^{}]*\}/g, '')];
    text = text.trim();
    if (/[A-Za-zÀ-ÿ]/.test(text) && !/[;=()[\]&|]/.test(text)) found.push(text);
  }
  for (const m of code.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*[A-Za-z][^"]*)"/g)) {
    found.push(`${m[1]}="${m[2]}"`);
  }
  return found;
}

describe('locales', () => {
  it('has English, German and the required namespaces', () => {
    expect(languages).toEqual(expect.arrayContaining(['en', 'de']));
    expect(namespaces).toEqual(
      expect.arrayContaining(['common.json', 'overview.json', 'errors.json', 'menu.json']),
    );
  });

  for (const namespace of namespaces) {
    it(`${namespace}: every language has every key, with the same placeholders`, () => {
      const english = load('en', namespace);
      for (const language of languages) {
        const other = load(language, namespace);
        expect([...other.keys()].sort(), `${language}/${namespace}`).toEqual(
          [...english.keys()].sort(),
        );
        for (const [key, value] of other) {
          expect(typeof value, `${language}/${namespace}: ${key}`).toBe('string');
          expect((value as string).trim(), `${language}/${namespace}: ${key}`).not.toBe('');
          expect(placeholders(value), `${language}/${namespace}: ${key}`).toEqual(
            placeholders(english.get(key)),
          );
        }
      }
    });
  }

  it('translates every error code the core can return', () => {
    const codes = [
      ...readFileSync(join(repoRoot, 'core', 'errors.ts'), 'utf8').matchAll(/\| '([a-z-]+)'/g),
    ].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(5);
    for (const language of languages) {
      const errors = load(language, 'errors.json');
      for (const code of codes) expect(errors.has(code), `${language}: errors.${code}`).toBe(true);
    }
  });
});

describe('renderer components', () => {
  it('the literal-text check finds what it should and nothing else', () => {
    expect(literalJsxText('<p>Hello world</p>')).toEqual(['Hello world']);
    expect(literalJsxText('<button aria-label="Close">{t("x")}</button>')).toEqual([
      'aria-label="Close"',
    ]);
    expect(literalJsxText('<p>{t("a")}</p><td>{formatCount(n, lang)}</td>')).toEqual([]);
    expect(literalJsxText("<p>{t('a', { n: 1 })}</p>")).toEqual([]);
    expect(literalJsxText('<p>{n} customers</p>')).toEqual(['customers']);
    expect(literalJsxText('const f = (a: Array<string>) => a.length > 1 && <b>{x}</b>;')).toEqual(
      [],
    );
  });

  it('contain no literal user-visible text', () => {
    const files = filesUnder(join(repoRoot, 'renderer'), '.tsx');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(literalJsxText(readFileSync(file, 'utf8')), relative(repoRoot, file)).toEqual([]);
    }
  });
});
