/**
 * The CLI host: `caseline <command>`. Exit codes per CLI.md: 0 success, 2 usage error,
 * 1 any other failure with a one-line reason on stderr (no stack traces for expected
 * failures).
 */
import { isCaselineError } from '../../core/errors.ts';
import { UsageError } from './args.ts';
import { demoUsage, importUsage, patternsUsage, serveUsage, summaryUsage } from './usage.ts';
import { processIo, type CliIo } from './io.ts';
import { t } from '../strings.ts';

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

// Commands load lazily: `caseline summary` need not load the demo generator.
const commands: Record<string, { load: () => Promise<Command>; usage: string }> = {
  import: {
    load: async () => (await import('./commands/import.ts')).runImport,
    usage: importUsage,
  },
  demo: { load: async () => (await import('./commands/demo.ts')).runDemo, usage: demoUsage },
  summary: {
    load: async () => (await import('./commands/summary.ts')).runSummary,
    usage: summaryUsage,
  },
  patterns: {
    load: async () => (await import('./commands/patterns.ts')).runPatterns,
    usage: patternsUsage,
  },
  serve: { load: async () => (await import('./commands/serve.ts')).runServe, usage: serveUsage },
};

export function usage(): string {
  return `${t('usage.title')}\n\n${Object.values(commands)
    .map((c) => '  ' + c.usage.replace(/\n/g, '\n  '))
    .join('\n')}\n`;
}

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(t('usage.unknownCommand', { command: name }) + '\n' + usage());
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage + '\n');
    return 0;
  }
  try {
    const run = await command.load();
    return await run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n${t('usage.label')} ${command.usage}\n`);
      return 2;
    }
    if (isCaselineError(e) && e.code === 'bad-arguments' && e.params.flag !== undefined) {
      // A flag with a value the core refuses is a usage error, like an unknown flag.
      io.err(`${e.params.flag}: ${e.params.reason ?? ''}\n${t('usage.label')} ${command.usage}\n`);
      return 2;
    }
    if (isCaselineError(e)) {
      io.err(t(`errors:${e.code}`, e.params) + '\n');
      return 1;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(t('errors:internal', { message: message.split('\n')[0] ?? '' }) + '\n');
    if (process.env.CASELINE_DEBUG) io.err(String(e instanceof Error ? e.stack : e) + '\n');
    return 1;
  }
}
