/**
 * Expands the paths given on the command line into source files: folders are read
 * recursively (in a stable, sorted order, hidden entries skipped); a path that does not
 * exist is kept so that it is reported rather than silently dropped.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type SourceEntry = { path: string; problem: null } | { path: string; problem: 'not-found' };

export async function expandSourcePaths(paths: readonly string[]): Promise<SourceEntry[]> {
  const out: SourceEntry[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      out.push({ path: p, problem: 'not-found' });
      continue;
    }
    if (info.isDirectory()) {
      for (const file of await listFilesRecursively(p)) out.push({ path: file, problem: null });
    } else {
      out.push({ path: p, problem: null });
    }
  }
  return out;
}

async function listFilesRecursively(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await listFilesRecursively(full)));
    else if (e.isFile()) files.push(full);
  }
  return files;
}
