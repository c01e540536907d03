/** `caseline serve W`: the contract over loopback HTTP, plus the built renderer. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkspaceService } from '../../../core/service.ts';
import { startHttpServer } from '../../http/server.ts';
import { intFlag, parseFlags, requirePositional } from '../args.ts';
import type { CliIo } from '../io.ts';
import { t } from '../../strings.ts';

const rendererDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'dist',
  'renderer',
);

export async function runServe(argv: readonly string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { port: { type: 'string' } }, 1);
  const port = intFlag(p, 'port', 0);
  const service = await openWorkspaceService(requirePositional(p, 0, 'workspace W'));
  const server = await startHttpServer({ service, port, staticDir: rendererDir });
  io.out(server.url + '\n');
  io.err(t('serve.listening', { url: server.url }) + '\n');
  await new Promise<void>((done) => {
    const stop = (): void => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await service.close();
  return 0;
}
