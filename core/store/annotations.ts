/**
 * What users add to a workspace (confirmed or rejected links, edited KB drafts, saved
 * views) lives in a small JSON file beside it, `<workspace>.annotations.json`, so a
 * re-import (which replaces the workspace file) never loses it. Writes are atomic: a
 * temporary file renamed over the old one.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { CaselineError } from '../errors.ts';

export const LinkVerdict = z.object({
  ticketId: z.string(),
  signatureId: z.string(),
  verdict: z.enum(['confirmed', 'rejected']),
  at: z.string(),
});

export const SavedView = z.object({
  id: z.string(),
  name: z.string(),
  screen: z.string(),
  params: z.record(z.string(), z.unknown()),
});

export const Annotations = z.object({
  version: z.literal(1),
  links: z.array(LinkVerdict).default([]),
  kbDrafts: z.record(z.string(), z.object({ markdown: z.string(), at: z.string() })).default({}),
  views: z.array(SavedView).default([]),
});
export type Annotations = z.infer<typeof Annotations>;

export function annotationsPath(workspace: string): string {
  return `${workspace}.annotations.json`;
}

export function emptyAnnotations(): Annotations {
  return { version: 1, links: [], kbDrafts: {}, views: [] };
}

/** Reads the annotations of a workspace; empty when there are none yet. */
export function readAnnotations(workspace: string): Annotations {
  const file = annotationsPath(workspace);
  if (!existsSync(file)) return emptyAnnotations();
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new CaselineError('bad-config', { path: file, reason: 'not valid JSON' });
  }
  const parsed = Annotations.safeParse(raw);
  if (!parsed.success) {
    throw new CaselineError('bad-config', {
      path: file,
      reason: parsed.error.issues[0]?.message ?? 'invalid',
    });
  }
  return parsed.data;
}

export function writeAnnotations(workspace: string, annotations: Annotations): void {
  const file = annotationsPath(workspace);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(Annotations.parse(annotations), null, 2) + '\n');
  renameSync(tmp, file);
}
