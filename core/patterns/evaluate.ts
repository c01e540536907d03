/**
 * Loghub accuracy metrics (Zhu et al., ICSE-SEIP 2019; Jiang et al., ISSTA 2024).
 * Grouping accuracy (GA): share of lines whose predicted cluster holds exactly the lines
 * of their ground-truth cluster. Parsing accuracy (PA): share of lines whose predicted
 * template equals the ground-truth template, whitespace normalized.
 */
import { normalizeTemplate } from './signature-id.ts';

function groups(labels: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const list = out.get(label);
    if (list) list.push(i);
    else out.set(label, [i]);
  });
  return out;
}

function assertSameLength(a: readonly unknown[], b: readonly unknown[]): void {
  if (a.length !== b.length) {
    throw new RangeError(`ground truth has ${a.length} lines, prediction ${b.length}`);
  }
}

/**
 * Returns GA in [0, 1] (1 for no lines); throws a RangeError when the two label lists
 * differ in length.
 */
export function groupingAccuracy(truth: readonly string[], predicted: readonly string[]): number {
  assertSameLength(truth, predicted);
  if (truth.length === 0) return 1;
  const predictedSizes = new Map<string, number>();
  for (const p of predicted) predictedSizes.set(p, (predictedSizes.get(p) ?? 0) + 1);
  let correct = 0;
  for (const lines of groups(truth).values()) {
    const first = predicted[lines[0]];
    const sameCluster = lines.every((i) => predicted[i] === first);
    if (sameCluster && predictedSizes.get(first) === lines.length) correct += lines.length;
  }
  return correct / truth.length;
}

/**
 * Returns PA in [0, 1] (1 for no lines); throws a RangeError when the two template lists
 * differ in length.
 */
export function parsingAccuracy(truth: readonly string[], predicted: readonly string[]): number {
  assertSameLength(truth, predicted);
  if (truth.length === 0) return 1;
  let correct = 0;
  truth.forEach((t, i) => {
    if (normalizeTemplate(t) === normalizeTemplate(predicted[i])) correct++;
  });
  return correct / truth.length;
}
