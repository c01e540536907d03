/**
 * One measured import in its own process, so its peak RSS is the import's alone.
 * Usage: node bin/run-ts.js bench/ingest-child.ts --out W --logs FILE [--log-format FMT]
 *        [--no-redact] [--no-mining]
 * Prints one JSON line: { seconds, events, skipped, maxRssKb }.
 */
import { importWorkspace } from '../core/import/import-workspace.ts';

export interface ChildResult {
  seconds: number;
  events: number;
  skipped: number;
  /** Peak resident set size of this process, in kilobytes. */
  maxRssKb: number;
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const out = flag('--out');
  const logs = flag('--logs');
  if (!out || !logs) {
    process.stderr.write('usage: ingest-child.ts --out W --logs FILE [--log-format FMT]\n');
    process.exit(2);
  }
  const logFormat = flag('--log-format');
  const started = performance.now();
  const result = await importWorkspace({
    out,
    logs: [logs],
    redact: !process.argv.includes('--no-redact'),
    // One cluster for everything: the import without the cost of template mining.
    ...(process.argv.includes('--no-mining')
      ? {
          createMiner: () => ({
            add: () => 1,
            addTemplate: () => 1,
            finish: () => ({
              clusters: [
                { key: 1, signatureId: 'sig_all', template: '<*>', service: null, count: 0 },
              ],
              aliases: [],
            }),
          }),
        }
      : {}),
    ...(logFormat ? { logFormat } : {}),
  });
  const child: ChildResult = {
    seconds: (performance.now() - started) / 1000,
    events: result.events,
    skipped: result.sources.reduce((sum, s) => sum + s.skipped, 0),
    maxRssKb: process.resourceUsage().maxRSS,
  };
  process.stdout.write(JSON.stringify(child) + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
