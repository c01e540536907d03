import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll } from 'vitest';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const fixture = (name: string) => resolve(repoRoot, 'tests/fixtures/tickets', name);

/** A path under /work/shared/data/external, and whether it is present (tests skip when not). */
export function external(relative: string): { path: string; present: boolean } {
  const path = resolve(repoRoot, '../shared/data/external', relative);
  const present = existsSync(path);
  if (!present) console.warn(`skipped: ${path} absent`);
  return { path, present };
}

/** Writes small throw-away inputs into a temp folder removed after the file's tests. */
export function scratch(): (name: string, content: string | Buffer, gzip?: boolean) => string {
  const dir = mkdtempSync(join(tmpdir(), 'caseline-tickets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, content, gzip = false) => {
    const path = join(dir, name);
    writeFileSync(path, gzip ? gzipSync(content) : content);
    return path;
  };
}

/** Awaits a promise that should reject and returns what it rejected with. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}
