/** `caseline patterns FILE`: mine templates from one raw log file, no workspace. */
import { minePatternsFile } from '../../../core/patterns/mine-file.ts';
import { parseFlags, requirePositional, stringFlag } from '../args.ts';
import { printJson, type CliIo } from '../io.ts';
import { numberFormat, t } from '../../strings.ts';

export async function runPatterns(argv: readonly string[], io: CliIo): Promise<number> {
  const p = parseFlags(
    argv,
    { 'log-format': { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } },
    1,
  );
  const result = await minePatternsFile({
    file: requirePositional(p, 0, 'FILE'),
    logFormat: stringFlag(p, 'log-format'),
    outCsv: stringFlag(p, 'out'),
  });
  if (p.values.json === true) {
    printJson(io, result);
    return 0;
  }
  io.out(
    t('patterns.summary', {
      lines: numberFormat.format(result.lines),
      templates: numberFormat.format(result.templates.length),
      seconds: result.seconds,
    }) + '\n',
  );
  for (const tpl of result.templates.slice(0, 50)) {
    io.out(`${numberFormat.format(tpl.count).padStart(9)}  ${tpl.eventId}  ${tpl.template}\n`);
  }
  return 0;
}
