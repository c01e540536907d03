import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  annotationsPath,
  readAnnotations,
  writeAnnotations,
} from '../../../core/store/annotations.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

const tmp = useTempDir();

describe('annotations file', () => {
  it('is empty before anything is saved, and round-trips what is saved', () => {
    const ws = join(tmp(), 'w.duckdb');
    expect(readAnnotations(ws).links).toEqual([]);
    const a = readAnnotations(ws);
    a.links.push({
      ticketId: 'zendesk:1',
      signatureId: 'sig_a',
      verdict: 'confirmed',
      at: '2026-10-01T00:00:00.000Z',
    });
    writeAnnotations(ws, a);
    expect(readAnnotations(ws).links).toHaveLength(1);
    expect(readdirSync(tmp())).toEqual(['w.duckdb.annotations.json']);
  });

  it('reports a damaged file instead of silently dropping it', () => {
    const ws = join(tmp(), 'w.duckdb');
    writeFileSync(annotationsPath(ws), '{"version": 1, "links": [');
    expect(() => readAnnotations(ws)).toThrow(expect.objectContaining({ code: 'bad-config' }));
    writeFileSync(annotationsPath(ws), '{"version": 9}');
    expect(() => readAnnotations(ws)).toThrow(expect.objectContaining({ code: 'bad-config' }));
  });
});
