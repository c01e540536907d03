/** `caseline import`: sources -> a new workspace. */
import {
  importWorkspace,
  type ImportProgress,
  type ImportResult,
} from '../../../core/import/import-workspace.ts';
import { listFlag, parseFlags, stringFlag, UsageError } from '../args.ts';
import { printJson, progressLine, type CliIo } from '../io.ts';
import { numberFormat, t } from '../../strings.ts';
import { percent } from '../describe-workspace.ts';

export async function runImport(argv: readonly string[], io: CliIo): Promise<number> {
  const p = parseFlags(
    argv,
    {
      out: { type: 'string' },
      logs: { type: 'string', multiple: true },
      'log-format': { type: 'string' },
      tickets: { type: 'string', multiple: true },
      customers: { type: 'string' },
      'customer-map': { type: 'string' },
      kb: { type: 'string', multiple: true },
      releases: { type: 'string' },
      config: { type: 'string' },
      'no-redact': { type: 'boolean' },
      json: { type: 'boolean' },
    },
    0,
  );
  const out = stringFlag(p, 'out');
  if (!out) throw new UsageError('missing --out W');
  const progress = progressLine(io);
  const result = await importWorkspace({
    out,
    logs: listFlag(p, 'logs'),
    logFormat: stringFlag(p, 'log-format'),
    tickets: listFlag(p, 'tickets'),
    customers: stringFlag(p, 'customers'),
    customerMap: stringFlag(p, 'customer-map'),
    kb: listFlag(p, 'kb'),
    releases: stringFlag(p, 'releases'),
    config: stringFlag(p, 'config'),
    redact: p.values['no-redact'] !== true,
    onProgress: (e) => progress.update(describeProgress(e)),
  });
  progress.done();
  if (p.values.json === true) printJson(io, result);
  else io.out(describeImport(result));
  return 0;
}

export function describeProgress(e: ImportProgress): string {
  return t('import.progress', {
    stage: t(`import.stage.${e.stage}`),
    done: e.done,
    total: e.total,
    lines: numberFormat.format(e.lines ?? 0),
  });
}

/** A readable account of an import: totals, then every source with a problem. */
export function describeImport(r: ImportResult): string {
  const f = (n: number): string => numberFormat.format(n);
  const lines = [
    t('import.done', { workspace: r.workspace, seconds: r.seconds }),
    t('import.totals', {
      events: f(r.events),
      signatures: f(r.signatures),
      customers: f(r.customers),
      tickets: f(r.tickets),
      kb: f(r.kbArticles),
    }),
    t('import.attribution', {
      field: percent(r.attribution.field),
      pattern: percent(r.attribution.pattern),
      propagated: percent(r.attribution.propagated),
      none: percent(r.attribution.none),
    }),
  ];
  // Which formats were detected, per kind of source: `logs: jsonl 3, logfmt 2`.
  const formats = new Map<string, Map<string, number>>();
  for (const s of r.sources) {
    if (s.imported === 0) continue;
    const byFormat = formats.get(s.kind) ?? new Map<string, number>();
    byFormat.set(s.format, (byFormat.get(s.format) ?? 0) + 1);
    formats.set(s.kind, byFormat);
  }
  for (const [kind, byFormat] of formats) {
    const list = [...byFormat].map(([format, n]) => `${format} ${f(n)}`).join(', ');
    lines.push(t('import.formats', { kind: t(`import.kind.${kind}`), list }));
  }
  const troubled = r.sources.filter((s) => s.skipped > 0 || s.imported === 0);
  for (const s of troubled.slice(0, 20)) {
    const reasons = Object.entries(s.skipReasons)
      .map(([k, n]) => `${k} ${f(n)}`)
      .join(', ');
    lines.push(t('import.sourceProblem', { path: s.path, imported: f(s.imported), reasons }));
  }
  if (troubled.length > 20) lines.push(t('import.moreProblems', { count: troubled.length - 20 }));
  return lines.join('\n') + '\n';
}
