import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOGHUB_DATASETS, loghubAvailable, scoreLoghubDataset } from '../../../core/patterns/loghub-benchmark.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');
const dataDir = resolve(repoRoot, '../shared/data/external/loghub-2k');
const absent = !existsSync(dataDir) || !loghubAvailable(dataDir);
if (absent) console.warn(`skipped: ${dataDir} absent (Loghub-2k data sets)`);

describe.skipIf(absent)('template mining on the 16 Loghub-2k data sets', () => {
  it('reaches average GA >= 0.90, average PA >= 0.60, no data set below GA 0.75', () => {
    const scores = LOGHUB_DATASETS.map((d) => scoreLoghubDataset(dataDir, d));
    const avg = (k: 'ga' | 'pa'): number => scores.reduce((s, x) => s + x[k], 0) / scores.length;
    console.info(scores.map((s) => `${s.dataset} GA ${s.ga.toFixed(3)} PA ${s.pa.toFixed(3)}`).join('\n'));
    expect(scores).toHaveLength(16);
    expect(avg('pa')).toBeGreaterThanOrEqual(0.6);
    expect(avg('ga')).toBeGreaterThanOrEqual(0.9);
    expect(Math.min(...scores.map((s) => s.ga))).toBeGreaterThanOrEqual(0.75);
  }, 20_000);
});
