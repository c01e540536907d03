/**
 * Template-mining benchmark: GA/PA per Loghub-2k data set (corrected ground truth) and
 * the single-threaded mining speed on HDFS lines replicated to one million.
 * Data: Loghub (Zhu et al., ISSRE 2023) / Loghub-2.0 (Jiang et al., ISSTA 2024), read
 * from ../shared; never copied into the repository.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  LOGHUB_DATASETS,
  loghubAvailable,
  loghubContents,
  scoreLoghubDataset,
  type DatasetScore,
} from '../core/patterns/loghub-benchmark.ts';
import { createSignatureMiner } from '../core/patterns/miner.ts';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../..');
const dataDir = resolve(repoRoot, '../shared/data/external/loghub-2k');
const SPEED_LINES = 1_000_000;

export interface PatternsBenchResult {
  table: DatasetScore[];
  averages: { ga: number; pa: number; minGa: number };
  speed: { linesPerSecond: number };
}

function measureSpeed(contents: readonly string[]): number {
  const miner = createSignatureMiner();
  const started = performance.now();
  for (let i = 0; i < SPEED_LINES; i++) miner.add(contents[i % contents.length], 'hdfs');
  miner.finish();
  return SPEED_LINES / ((performance.now() - started) / 1000);
}

/** Scores the miner on Loghub-2k and measures its speed; prints the table on stdout. */
export async function benchPatterns(): Promise<PatternsBenchResult> {
  if (!existsSync(dataDir) || !loghubAvailable(dataDir)) {
    console.warn(`skipped: ${dataDir} absent (Loghub-2k data sets)`);
    return { table: [], averages: { ga: 0, pa: 0, minGa: 0 }, speed: { linesPerSecond: 0 } };
  }
  const table = LOGHUB_DATASETS.map((d) => scoreLoghubDataset(dataDir, d));
  const avg = (k: 'ga' | 'pa'): number => table.reduce((s, x) => s + x[k], 0) / table.length;
  const averages = { ga: avg('ga'), pa: avg('pa'), minGa: Math.min(...table.map((t) => t.ga)) };
  const linesPerSecond = measureSpeed(loghubContents(dataDir, 'HDFS'));
  console.log('| Data set | Lines | GA | PA |\n|---|---:|---:|---:|');
  for (const t of table) {
    console.log(`| ${t.dataset} | ${t.lines} | ${t.ga.toFixed(3)} | ${t.pa.toFixed(3)} |`);
  }
  console.log(`| **Average** | | **${averages.ga.toFixed(3)}** | **${averages.pa.toFixed(3)}** |`);
  console.log(`min GA ${averages.minGa.toFixed(3)}`);
  console.log(
    `HDFS mining speed: ${Math.round(linesPerSecond).toLocaleString('en')} lines/s (1 thread)`,
  );
  return Promise.resolve({ table, averages, speed: { linesPerSecond } });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchPatterns();
}
