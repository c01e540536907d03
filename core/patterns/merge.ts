/**
 * Post-mining merge: a parse tree keeps messages of different token counts apart, so one
 * event whose variable part spans a varying number of tokens (`0 bytes sent` and
 * `0 bytes (0.0 KB) sent`) splits into several clusters. Clusters whose constant tokens
 * are the same words in the same order are one event; they take the template of their
 * largest member.
 */
import { WILDCARD } from './masking.ts';
import { generalizeToken } from './parse-tree.ts';
import { collapseWildcards } from './tokenize.ts';

export interface MergeInput {
  key: number;
  template: string;
  count: number;
}

/** Fewer constant words than this is too little evidence to merge on. */
const MIN_SKELETON_WORDS = 2;

/** The constant words of a template: tokens that are more than variables and punctuation. */
export function templateSkeleton(template: string): string[] {
  const words: string[] = [];
  for (const token of template.split(' ')) {
    // Only variables and punctuation: no evidence, as a variable of any width.
    if (token.replaceAll(WILDCARD, '').replace(/[^\p{L}\p{N}]/gu, '') === '') continue;
    words.push(token);
  }
  return words;
}

/**
 * Returns, per cluster key, the template its cluster ends up with: its own, or that of
 * the largest cluster sharing its skeleton (ties: the earliest key).
 */
export function mergeBySkeleton(clusters: readonly MergeInput[]): Map<number, string> {
  const out = new Map<number, string>();
  const leaders = new Map<string, MergeInput>();
  for (const c of clusters) {
    const words = templateSkeleton(c.template);
    if (words.length < MIN_SKELETON_WORDS) continue;
    const skeleton = words.join(' ');
    const leader = leaders.get(skeleton);
    if (!leader || c.count > leader.count || (c.count === leader.count && c.key < leader.key)) {
      leaders.set(skeleton, c);
    }
  }
  // Members as long as their leader widen it where they differ (`()` and `(<*>)`).
  const widened = new Map<MergeInput, string[]>();
  for (const c of clusters) {
    const words = templateSkeleton(c.template);
    const leader = words.length >= MIN_SKELETON_WORDS ? leaders.get(words.join(' ')) : undefined;
    if (!leader || leader === c) continue;
    let tokens = widened.get(leader);
    if (!tokens) widened.set(leader, (tokens = leader.template.split(' ')));
    const own = c.template.split(' ');
    if (own.length !== tokens.length) continue;
    own.forEach((t, i) => {
      if (t !== tokens[i]) tokens[i] = generalizeToken(tokens[i], t);
    });
  }
  for (const c of clusters) {
    const words = templateSkeleton(c.template);
    const leader = words.length >= MIN_SKELETON_WORDS ? leaders.get(words.join(' ')) : undefined;
    const tokens = leader ? widened.get(leader) : undefined;
    out.set(c.key, tokens ? collapseWildcards(tokens.join(' ')) : (leader ?? c).template);
  }
  return out;
}
