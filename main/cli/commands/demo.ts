/**
 * `caseline demo`: generate the simulated enterprise, import it, and print what the
 * analyses found. The main job on built-in data.
 */
import { join, resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { defaultDemoOptions, generateDemo } from '../../../core/demo/generate.ts';
import { importWorkspace } from '../../../core/import/import-workspace.ts';
import { openWorkspaceService } from '../../../core/service.ts';
import { intFlag, parseFlags, stringFlag } from '../args.ts';
import { printJson, progressLine, type CliIo } from '../io.ts';
import { numberFormat, t } from '../../strings.ts';
import { summaryLines } from '../describe-workspace.ts';
import { describeProgress } from './import.ts';

export async function runDemo(argv: readonly string[], io: CliIo): Promise<number> {
  const p = parseFlags(
    argv,
    {
      out: { type: 'string' },
      seed: { type: 'string' },
      customers: { type: 'string' },
      days: { type: 'string' },
      events: { type: 'string' },
      json: { type: 'boolean' },
    },
    0,
  );
  const dir = resolve(stringFlag(p, 'out') ?? 'demo-workspace');
  const options = {
    outDir: join(dir, 'data'),
    seed: intFlag(p, 'seed', defaultDemoOptions.seed),
    customers: intFlag(p, 'customers', defaultDemoOptions.customers, 1),
    days: intFlag(p, 'days', defaultDemoOptions.days, 1),
    events: intFlag(p, 'events', defaultDemoOptions.events, 1),
  };
  const started = performance.now();
  const progress = progressLine(io);
  rmSync(options.outDir, { recursive: true, force: true });
  const manifest = await generateDemo({
    ...options,
    onProgress: (done, total) =>
      progress.update(
        t('demo.generating', {
          done: numberFormat.format(done),
          total: numberFormat.format(total),
        }),
      ),
  });
  const generatedSeconds = (performance.now() - started) / 1000;
  const workspace = join(dir, 'workspace.duckdb');
  const result = await importWorkspace({
    out: workspace,
    logs: [manifest.logs],
    tickets: [manifest.tickets],
    customers: manifest.customers,
    kb: [manifest.kb],
    releases: manifest.releases,
    config: manifest.config,
    onProgress: (e) => progress.update(describeProgress(e)),
  });
  progress.done();
  const service = await openWorkspaceService(workspace);
  try {
    const summary = await service.call('summary', {});
    const top = await service.call('signatures', { limit: 10, errorsOnly: true });
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    if (p.values.json === true) {
      printJson(io, {
        workspace,
        data: manifest.dir,
        groundTruth: manifest.groundTruth,
        seconds,
        generatedSeconds: Math.round(generatedSeconds * 10) / 10,
        import: result,
        summary,
        topErrorSignatures: top.signatures,
      });
      return 0;
    }
    const f = (n: number): string => numberFormat.format(n);
    const lines = [
      t('demo.title'),
      t('demo.built', { workspace, seconds }),
      t('demo.data', { dir: manifest.dir }),
      '',
      ...summaryLines(summary),
      '',
      t('demo.topErrors'),
      ...top.signatures.map((s) =>
        t('demo.topErrorLine', {
          events: f(s.events).padStart(8),
          customers: f(s.customers).padStart(5),
          service: s.service ?? '-',
          template: s.template.length > 90 ? s.template.slice(0, 89) + '…' : s.template,
        }),
      ),
      '',
      t('demo.next', { workspace }),
    ];
    io.out(lines.join('\n') + '\n');
    return 0;
  } finally {
    await service.close();
  }
}
