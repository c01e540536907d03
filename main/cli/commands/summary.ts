/** `caseline summary W`: the workspace at a glance (the renderer's overview, on the CLI). */
import { openWorkspaceService } from '../../../core/service.ts';
import { parseFlags, requirePositional } from '../args.ts';
import { printJson, type CliIo } from '../io.ts';
import { t } from '../../strings.ts';
import { summaryLines } from '../describe-workspace.ts';

export async function runSummary(argv: readonly string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { json: { type: 'boolean' } }, 1);
  const service = await openWorkspaceService(requirePositional(p, 0, 'workspace W'));
  try {
    const summary = await service.call('summary', {});
    const sources = await service.call('sources', {});
    if (p.values.json === true) {
      printJson(io, { ...summary, sources: sources.sources });
      return 0;
    }
    io.out(
      [t('summary.title', { workspace: summary.workspace }), ...summaryLines(summary)].join('\n') +
        '\n',
    );
    return 0;
  } finally {
    await service.close();
  }
}
