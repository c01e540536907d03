/**
 * A held-out check of the signature miner: messages of the demo's simulated services,
 * whose templates were written independently of the miner's rules (the Loghub sets were
 * looked at while the rules were made; these were not). Each background template is
 * filled with random values, the lines are shuffled and mined per service, and grouping
 * (GA) and template (PA) accuracy are computed against the templates that made them.
 * Access-log routes are left out: the import groups them by route, not by the miner.
 */
import { Rng } from '../core/demo/prng.ts';
import { SERVICES } from '../core/demo/services/index.ts';
import { fill } from '../core/demo/template.ts';
import { groupingAccuracy, parsingAccuracy } from '../core/patterns/evaluate.ts';
import { createSignatureMiner } from '../core/patterns/signature-miner.ts';

export interface HeldOutScore {
  service: string;
  templates: number;
  lines: number;
  ga: number;
  pa: number;
}

/** Scores the miner on `perTemplate` filled lines of every background template. */
export function heldOutDemoScores(seed: number, perTemplate = 25): HeldOutScore[] {
  const scores: HeldOutScore[] = [];
  for (const service of SERVICES) {
    if (service.name === 'api-gateway') continue;
    const rng = new Rng(seed);
    const lines: { message: string; truth: string }[] = [];
    for (const template of service.templates) {
      for (let i = 0; i < perTemplate; i++) {
        const context = {
          tenant: `tenant-${rng.int(1, 400)}-prod`,
          user: `u-${rng.int(1000, 99_999)}`,
          requestId: `r-${rng.hex(12)}`,
        };
        lines.push({ message: fill(template, rng, context), truth: template.signature });
      }
    }
    for (let i = lines.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    const miner = createSignatureMiner();
    const keys = lines.map((l) => miner.add(l.message, service.name));
    const byKey = new Map(miner.finish().clusters.map((c) => [c.key, c]));
    const predictedIds = keys.map((k) => byKey.get(k)?.signatureId ?? 'none');
    const predictedTemplates = keys.map((k) => byKey.get(k)?.template ?? '');
    scores.push({
      service: service.name,
      templates: service.templates.length,
      lines: lines.length,
      ga: groupingAccuracy(
        lines.map((l) => l.truth),
        predictedIds,
      ),
      pa: parsingAccuracy(
        lines.map((l) => l.truth),
        predictedTemplates,
      ),
    });
  }
  return scores;
}

/** Prints the held-out table for two seeds (Markdown). */
export function printHeldOut(): void {
  console.log('| Seed | Service | Templates | Lines | GA | PA |\n|---:|---|---:|---:|---:|---:|');
  for (const seed of [7, 11]) {
    for (const s of heldOutDemoScores(seed)) {
      console.log(
        `| ${seed} | ${s.service} | ${s.templates} | ${s.lines} | ${s.ga.toFixed(3)} | ${s.pa.toFixed(3)} |`,
      );
    }
  }
}
