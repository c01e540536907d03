/**
 * Runs the miner on the Loghub-2k data sets (raw log + corrected ground truth) and scores
 * it. The miner sees only each line's Content field, split with the benchmark's own
 * format string; masking and thresholds are the same for every data set. The ground
 * truth is read here, for scoring only.
 *
 * Data: Loghub (Zhu et al., ISSRE 2023), corrected templates as redistributed by
 * Loghub-2.0 (Jiang et al., ISSTA 2024). Not part of this repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { groupingAccuracy, parsingAccuracy } from './evaluate.ts';
import { createSignatureMiner } from './miner.ts';

/** Format strings from the Loghub benchmark (logparser `Drain/benchmark.py`), verbatim. */
export const LOGHUB_FORMATS: Readonly<Record<string, string>> = {
  HDFS: '<Date> <Time> <Pid> <Level> <Component>: <Content>',
  Hadoop: '<Date> <Time> <Level> \\[<Process>\\] <Component>: <Content>',
  Spark: '<Date> <Time> <Level> <Component>: <Content>',
  Zookeeper: '<Date> <Time> - <Level>  \\[<Node>:<Component>@<Id>\\] - <Content>',
  BGL: '<Label> <Timestamp> <Date> <Node> <Time> <NodeRepeat> <Type> <Component> <Level> <Content>',
  HPC: '<LogId> <Node> <Component> <State> <Time> <Flag> <Content>',
  Thunderbird:
    '<Label> <Timestamp> <Date> <User> <Month> <Day> <Time> <Location> <Component>(\\[<PID>\\])?: <Content>',
  Windows: '<Date> <Time>, <Level>                  <Component>    <Content>',
  Linux: '<Month> <Date> <Time> <Level> <Component>(\\[<PID>\\])?: <Content>',
  Android: '<Date> <Time>  <Pid>  <Tid> <Level> <Component>: <Content>',
  HealthApp: '<Time>\\|<Component>\\|<Pid>\\|<Content>',
  Apache: '\\[<Time>\\] \\[<Level>\\] <Content>',
  Proxifier: '\\[<Time>\\] <Program> - <Content>',
  OpenSSH: '<Date> <Day> <Time> <Component> sshd\\[<Pid>\\]: <Content>',
  OpenStack: '<Logrecord> <Date> <Time> <Pid> <Level> <Component> \\[<ADDR>\\] <Content>',
  Mac: '<Month>  <Date> <Time> <User> <Component>\\[<PID>\\]( \\(<Address>\\))?: <Content>',
};

export const LOGHUB_DATASETS = Object.keys(LOGHUB_FORMATS);

/**
 * The benchmark's reading of a format (logparser `generate_logformat_regex`): literal
 * parts are regex text with space runs as `\s+`, each `<Field>` a lazy group, anchored.
 */
export function benchmarkFormatRegex(format: string): RegExp {
  let pattern = '';
  for (const part of format.split(/(<[^<>]+>)/)) {
    const field = /^<([^<>]+)>$/.exec(part);
    pattern += field ? `(?<${field[1]}>.*?)` : part.replace(/ +/g, '\\s+');
  }
  return new RegExp(`^${pattern}$`);
}

export interface DatasetScore {
  dataset: string;
  lines: number;
  ga: number;
  pa: number;
}

interface TruthRow {
  Content: string;
  EventId: string;
  EventTemplate: string;
}

/** The Content of each raw line the format matches (the benchmark skips the others). */
export function loghubContents(dir: string, dataset: string): string[] {
  const regex = benchmarkFormatRegex(LOGHUB_FORMATS[dataset]);
  const raw = readFileSync(join(dir, dataset, `${dataset}_2k.log`), 'utf8');
  const contents: string[] = [];
  for (const line of raw.split('\n')) {
    const m = regex.exec(line.replace(/\r$/, '').trim());
    if (m?.groups?.Content !== undefined) contents.push(m.groups.Content);
  }
  return contents;
}

/** Mines one data set and scores it; throws when its files are missing or misaligned. */
export function scoreLoghubDataset(dir: string, dataset: string): DatasetScore {
  const contents = loghubContents(dir, dataset);
  const truth = parse<TruthRow>(
    readFileSync(join(dir, dataset, `${dataset}_2k.log_structured_corrected.csv`), 'utf8'),
    { columns: true, skip_empty_lines: true },
  );
  if (truth.length !== contents.length) {
    throw new RangeError(`${dataset}: ${contents.length} lines parsed, ${truth.length} in truth`);
  }
  const miner = createSignatureMiner();
  const keys = contents.map((c) => miner.add(c, null));
  const byKey = new Map(miner.finish().clusters.map((c) => [c.key, c]));
  const ids = keys.map((k) => byKey.get(k)!.signatureId);
  const templates = keys.map((k) => byKey.get(k)!.template);
  return {
    dataset,
    lines: contents.length,
    ga: groupingAccuracy(
      truth.map((t) => t.EventId),
      ids,
    ),
    pa: parsingAccuracy(
      truth.map((t) => t.EventTemplate),
      templates,
    ),
  };
}

/** True when the Loghub-2k folder holds all sixteen data sets. */
export function loghubAvailable(dir: string): boolean {
  return LOGHUB_DATASETS.every((d) => existsSync(join(dir, d, `${d}_2k.log`)));
}
