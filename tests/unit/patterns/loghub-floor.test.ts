import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LOGHUB_DATASETS,
  loghubAvailable,
  loghubContents,
  scoreLoghubDataset,
} from '../../../core/patterns/loghub-benchmark.ts';
import { createSignatureMiner } from '../../../core/patterns/miner.ts';

function idsOf(lines: readonly string[]): string[] {
  const miner = createSignatureMiner();
  const keys = lines.map((l) => miner.add(l, null));
  const byKey = new Map(miner.finish().clusters.map((c) => [c.key, c.signatureId]));
  return keys.map((k) => byKey.get(k)!);
}

const repoRoot = resolve(import.meta.dirname, '../../..');
const dataDir = resolve(repoRoot, '../shared/data/external/loghub-2k');
const absent = !existsSync(dataDir) || !loghubAvailable(dataDir);
if (absent) console.warn(`skipped: ${dataDir} absent (Loghub-2k data sets)`);

describe.skipIf(absent)('template mining on the 16 Loghub-2k data sets', () => {
  it('reaches average GA >= 0.90, average PA >= 0.60, no data set below GA 0.75', () => {
    const scores = LOGHUB_DATASETS.map((d) => scoreLoghubDataset(dataDir, d));
    const avg = (k: 'ga' | 'pa'): number => scores.reduce((s, x) => s + x[k], 0) / scores.length;
    console.info(
      scores.map((s) => `${s.dataset} GA ${s.ga.toFixed(3)} PA ${s.pa.toFixed(3)}`).join('\n'),
    );
    expect(scores).toHaveLength(16);
    expect(avg('pa')).toBeGreaterThanOrEqual(0.6);
    expect(avg('ga')).toBeGreaterThanOrEqual(0.9);
    expect(Math.min(...scores.map((s) => s.ga))).toBeGreaterThanOrEqual(0.75);
  }, 20_000);

  it('gives real log lines the same ids when imported in reverse order', () => {
    for (const dataset of ['HDFS', 'OpenStack', 'Proxifier', 'Linux']) {
      const lines = loghubContents(dataDir, dataset);
      const forward = idsOf(lines);
      const backward = idsOf(lines.slice().reverse()).reverse();
      const same = forward.filter((id, i) => id === backward[i]).length / lines.length;
      expect(same, dataset).toBeGreaterThanOrEqual(0.95);
    }
  }, 20_000);
});
