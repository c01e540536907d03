/**
 * The import-facing miner: messages in, cluster keys out; at the end, each cluster's
 * final template and stable signature id, plus aliases from the ids of earlier (more
 * specific) versions of a template to the id that replaced them.
 */
import { exceptionSignature } from './exceptions.ts';
import { mergeBySkeleton } from './merge.ts';
import { splitByWords } from './split.ts';
import { DEFAULT_TREE_OPTIONS, ParseTree, type ParseTreeOptions } from './parse-tree.ts';
import { signatureId } from './signature-id.ts';
import { collapseWildcards, tokenize } from './tokenize.ts';

export interface MinedCluster {
  /** The key `add` returned for this cluster's messages. */
  key: number;
  signatureId: string;
  template: string;
  service: string | null;
  count: number;
}

export interface MinedSignatures {
  /** One entry per cluster key; several keys may share a signature id. */
  clusters: MinedCluster[];
  /** Ids of earlier, more specific templates mapped to the final id. */
  aliases: { oldId: string; newId: string }[];
}

export interface SignatureMiner {
  /** Mines one message (multi-line: a stack trace or the first line); returns a cluster key. */
  add(message: string, service: string | null): number;
  /**
   * Groups an event whose template is already known from its structure (an access-log
   * route, an exception signature): no tree, the template is the cluster.
   */
  addTemplate(template: string, service: string | null): number;
  /** Final templates and ids; the miner can keep adding afterwards. */
  finish(): MinedSignatures;
}

interface ExceptionCluster {
  key: number;
  template: string;
  count: number;
}

/** Joins tokens into a template; variables that touch collapse as in the Loghub convention. */
export function templateFromTokens(tokens: readonly string[]): string {
  return collapseWildcards(tokens.join(' '));
}

/** The line a multi-line message is grouped by when it is not a stack trace. */
function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return nl < 0 ? message : message.slice(0, nl);
}

/**
 * Creates a miner with one parse tree per service (one set of masking rules and
 * thresholds for all logs). Never throws on any input string.
 */
export function createSignatureMiner(
  options: ParseTreeOptions = DEFAULT_TREE_OPTIONS,
): SignatureMiner {
  let lastKey = 0;
  const nextKey = (): number => ++lastKey;
  const trees = new Map<string | null, ParseTree>();
  const exceptions = new Map<string | null, Map<string, ExceptionCluster>>();

  function treeFor(service: string | null): ParseTree {
    let tree = trees.get(service);
    if (!tree) {
      tree = new ParseTree(options, nextKey);
      trees.set(service, tree);
    }
    return tree;
  }

  function addException(template: string, service: string | null): number {
    let byTemplate = exceptions.get(service);
    if (!byTemplate) {
      byTemplate = new Map();
      exceptions.set(service, byTemplate);
    }
    let cluster = byTemplate.get(template);
    if (!cluster) {
      cluster = { key: nextKey(), template, count: 0 };
      byTemplate.set(template, cluster);
    }
    cluster.count++;
    return cluster.key;
  }

  return {
    add(message, service) {
      if (message.includes('\n')) {
        const exception = exceptionSignature(message);
        if (exception) return addException(exception.template, service);
        message = firstLine(message);
      }
      return treeFor(service).add(tokenize(message));
    },

    addTemplate(template, service) {
      return addException(template, service);
    },

    finish() {
      const clusters: MinedCluster[] = [];
      const oldIds = new Map<string, string>();
      for (const [service, tree] of trees) {
        const mined: { key: number; template: string; count: number; history: string[] }[] = [];
        for (const c of tree.clusters()) {
          for (const [key, tokens] of splitByWords(c)) {
            const count = [...c.groups.values()].find((g) => g.key === key)!.count;
            mined.push({ key, template: templateFromTokens(tokens), count, history: c.history });
          }
        }
        const merged = mergeBySkeleton(mined);
        for (const c of mined) {
          const template = merged.get(c.key)!;
          const id = signatureId(service, template);
          clusters.push({ key: c.key, signatureId: id, template, service, count: c.count });
          for (const old of c.history) {
            const oldId = signatureId(service, collapseWildcards(old));
            if (oldId !== id && !oldIds.has(oldId)) oldIds.set(oldId, id);
          }
        }
      }
      for (const [service, byTemplate] of exceptions) {
        for (const c of byTemplate.values()) {
          const id = signatureId(service, c.template);
          clusters.push({
            key: c.key,
            signatureId: id,
            template: c.template,
            service,
            count: c.count,
          });
        }
      }
      clusters.sort((a, b) => a.key - b.key);
      // An id that is still some cluster's final id is live, not an alias.
      const live = new Set(clusters.map((c) => c.signatureId));
      const aliases = [...oldIds]
        .filter(([oldId]) => !live.has(oldId))
        .map(([oldId, newId]) => ({ oldId, newId }))
        .sort((a, b) => a.oldId.localeCompare(b.oldId));
      return { clusters, aliases };
    },
  };
}
