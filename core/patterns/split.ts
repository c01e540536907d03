/**
 * Splits a mined cluster where its template has `<*>` but the messages carry only a few
 * recurring plain words there: `VM Paused` and `VM Resumed` are two events, not one
 * event with a variable. A position with many different words (user names) or any
 * number or masked value stays a variable. Splitting recurses: inside one part, a
 * position where every message has the same word is a constant again.
 */
import { WILDCARD } from './masking.ts';
import { isPlainWord, type TreeCluster, type WordGroup } from './parse-tree.ts';

/** At most this many distinct words make a position a distinguishing one. */
export const MAX_DISTINCT_WORDS = 3;
/** Each of those words must recur at least this often. */
export const MIN_WORD_COUNT = 1;

/** A token's value for splitting: the word itself, or `<*>` for any variable. */
function valueAt(g: WordGroup, i: number): string {
  const token = g.tokens[i];
  return isPlainWord(token) ? token : WILDCARD;
}

/** Counts of each value at a position. */
function wordCounts(groups: readonly WordGroup[], i: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const g of groups) {
    const value = valueAt(g, i);
    counts.set(value, (counts.get(value) ?? 0) + g.count);
  }
  return counts;
}

/** The token a part shows at a position: the one all its messages share, else `general`. */
function tokenOf(groups: readonly WordGroup[], i: number, general: string): string {
  const first = groups[0].tokens[i];
  return groups.every((g) => g.tokens[i] === first) ? first : general;
}

function refine(
  template: readonly string[],
  groups: WordGroup[],
  out: Map<number, string[]>,
): void {
  const tokens = template.slice();
  let best: { position: number; distinct: number } | null = null;
  template.forEach((token, i) => {
    if (!token.includes(WILDCARD)) return;
    const counts = wordCounts(groups, i);
    if (counts.size === 1) {
      tokens[i] = tokenOf(groups, i, token);
      return;
    }
    const values = [...counts.values()];
    if (values.length <= MAX_DISTINCT_WORDS && Math.min(...values) >= MIN_WORD_COUNT) {
      if (!best || values.length < best.distinct) best = { position: i, distinct: values.length };
    }
  });
  if (best === null) {
    for (const g of groups) out.set(g.key, tokens);
    return;
  }
  const position = (best as { position: number }).position;
  const parts = new Map<string, WordGroup[]>();
  for (const g of groups) {
    const value = valueAt(g, position);
    const part = parts.get(value);
    if (part) part.push(g);
    else parts.set(value, [g]);
  }
  for (const part of parts.values()) {
    const next = tokens.slice();
    next[position] = tokenOf(part, position, tokens[position]);
    refine(next, part, out);
  }
}

/** Returns the final template tokens of each word group of a cluster, by group key. */
export function splitByWords(cluster: TreeCluster): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const groups = [...cluster.groups.values()];
  if (cluster.overflow || groups.length < 2) {
    for (const g of groups) out.set(g.key, cluster.tokens.slice());
    return out;
  }
  refine(cluster.tokens, groups, out);
  return out;
}
