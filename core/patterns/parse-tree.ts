/**
 * A Drain-style fixed-depth parse tree (He et al., ICWS 2017): messages are routed by
 * token count, then by their first tokens, to a small leaf of clusters; a message joins
 * the most similar cluster of its leaf when enough tokens agree, and the positions where
 * they differ become `<*>` in the cluster's template.
 */
import { WILDCARD } from './masking.ts';

export interface ParseTreeOptions {
  /** Tree depth including the root and the token-count layer (Drain's `depth`). */
  depth: number;
  /** Share of agreeing tokens needed to join a cluster (Drain's `st`). */
  similarity: number;
  /** Children per inner node before new first tokens share a `<*>` child. */
  maxChildren: number;
}

export const DEFAULT_TREE_OPTIONS: ParseTreeOptions = {
  depth: 4,
  similarity: 0.5,
  maxChildren: 100,
};

/**
 * The messages of a cluster that share the same plain words where its template has
 * `<*>`; the finish step decides whether such a position is a variable (many values) or
 * tells events apart (a few recurring words, `VM Paused` / `VM Resumed`).
 */
export interface WordGroup {
  readonly key: number;
  /** Tokens of the group's first message. */
  readonly tokens: readonly string[];
  count: number;
}

export interface TreeCluster {
  tokens: string[];
  count: number;
  /** Earlier, more specific templates of this cluster (token strings), oldest first. */
  readonly history: string[];
  readonly groups: Map<string, WordGroup>;
  /** True once the cluster had more word groups than tracked (all positions variable). */
  overflow: boolean;
}

/** Word groups tracked per cluster; beyond this its positions count as variables. */
const MAX_GROUPS = 64;
const OVERFLOW = '\u0002';

/** A plain word: a token without a variable (`HTTPS`, `Resumed`, `SOCKS5`). */
export function isPlainWord(token: string): boolean {
  return !token.includes(WILDCARD);
}

interface TreeNode {
  children: Map<string, TreeNode>;
  clusters: TreeCluster[];
}

const MAX_HISTORY = 32;

function newNode(): TreeNode {
  return { children: new Map(), clusters: [] };
}

/**
 * Share of positions where template and message agree. Positions that are `<*>` in both
 * carry no evidence either way and are left out, so heavily masked lines still cluster.
 */
function similarity(template: readonly string[], tokens: readonly string[]): number {
  let same = 0;
  let counted = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = template[i];
    const m = tokens[i];
    if (t === WILDCARD && m === WILDCARD) continue;
    counted++;
    if (t === m) same++;
  }
  return counted === 0 ? 1 : same / counted;
}

/**
 * The general form of two different tokens: `key=<*>` when they differ only after the
 * same `key=` (or `key:`); otherwise `<*>` keeping the punctuation they share around it
 * (`[a1]` and `[b2]` -> `[<*>]`).
 */
export function generalizeToken(a: string, b: string): string {
  const sep = a.search(/[=:]/);
  if (sep > 0 && b.length > sep && a.slice(0, sep + 1) === b.slice(0, sep + 1)) {
    return `${a.slice(0, sep + 1)}${WILDCARD}`;
  }
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre] && PUNCT.test(a[pre])) pre++;
  let suf = 0;
  while (
    suf < a.length - pre &&
    suf < b.length - pre &&
    a[a.length - 1 - suf] === b[b.length - 1 - suf] &&
    PUNCT.test(a[a.length - 1 - suf])
  ) {
    suf++;
  }
  return a.slice(0, pre) + WILDCARD + a.slice(a.length - suf);
}

const PUNCT = /^[[\](){}"',;:.]$/;

/** True when a template token already stands for a message token. */
function tokenCovers(t: string, m: string): boolean {
  if (t === m || t === WILDCARD) return true;
  const at = t.indexOf(WILDCARD);
  if (at < 0 || t.indexOf(WILDCARD, at + 1) >= 0) return false;
  const pre = t.slice(0, at);
  const suf = t.slice(at + WILDCARD.length);
  return m.length > pre.length + suf.length && m.startsWith(pre) && m.endsWith(suf);
}

export class ParseTree {
  private readonly root = new Map<number, TreeNode>();
  private readonly all: TreeCluster[] = [];

  constructor(
    private readonly options: ParseTreeOptions,
    private readonly nextKey: () => number,
  ) {}

  /** Adds one tokenized message; returns the key of its word group. */
  add(tokens: string[]): number {
    const leaf = this.leafFor(tokens);
    let cluster = this.bestMatch(leaf.clusters, tokens);
    if (cluster) {
      cluster.count++;
      this.generalize(cluster, tokens);
    } else {
      cluster = {
        tokens: tokens.slice(),
        count: 1,
        history: [],
        groups: new Map(),
        overflow: false,
      };
      leaf.clusters.push(cluster);
      this.all.push(cluster);
    }
    return this.groupOf(cluster, tokens).key;
  }

  private groupOf(cluster: TreeCluster, tokens: readonly string[]): WordGroup {
    let id = '';
    const template = cluster.tokens;
    for (let i = 0; i < template.length; i++) {
      const t = template[i];
      if (t === WILDCARD || t.includes(WILDCARD)) {
        const m = tokens[i];
        id += m === WILDCARD ? '*' : `${i}\u0001${m}\u0001`;
      }
    }
    let group = cluster.groups.get(id);
    if (!group && cluster.groups.size >= MAX_GROUPS) {
      cluster.overflow = true;
      group = cluster.groups.get(OVERFLOW);
      id = OVERFLOW;
    }
    if (!group) {
      group = { key: this.nextKey(), tokens: tokens.slice(), count: 0 };
      cluster.groups.set(id, group);
    }
    group.count++;
    return group;
  }

  /** Every cluster, in order of creation. */
  clusters(): readonly TreeCluster[] {
    return this.all;
  }

  private leafFor(tokens: readonly string[]): TreeNode {
    let node = this.root.get(tokens.length);
    if (!node) {
      node = newNode();
      this.root.set(tokens.length, node);
    }
    const steps = Math.min(this.options.depth - 2, tokens.length);
    for (let i = 0; i < steps; i++) {
      node = this.child(node, tokens[i]);
    }
    return node;
  }

  /** The child for a token, created as Drain does: variables and overflow share `<*>`. */
  private child(node: TreeNode, token: string): TreeNode {
    const existing = node.children.get(token);
    if (existing) return existing;
    const key =
      token === WILDCARD || node.children.size + 1 >= this.options.maxChildren ? WILDCARD : token;
    let next = node.children.get(key);
    if (!next) {
      next = newNode();
      node.children.set(key, next);
    }
    return next;
  }

  private bestMatch(
    clusters: readonly TreeCluster[],
    tokens: readonly string[],
  ): TreeCluster | null {
    let best: TreeCluster | null = null;
    let bestSim = -1;
    for (const cluster of clusters) {
      const sim = similarity(cluster.tokens, tokens);
      if (sim > bestSim) {
        bestSim = sim;
        best = cluster;
      }
    }
    return best && bestSim >= this.options.similarity ? best : null;
  }

  private generalize(cluster: TreeCluster, tokens: readonly string[]): void {
    let changed = false;
    const template = cluster.tokens;
    for (let i = 0; i < template.length; i++) {
      if (!tokenCovers(template[i], tokens[i])) {
        if (!changed && cluster.history.length < MAX_HISTORY)
          cluster.history.push(template.join(' '));
        changed = true;
        template[i] = generalizeToken(template[i], tokens[i]);
      }
    }
  }
}
