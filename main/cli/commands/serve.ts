/** `caseline serve W`: the contract over loopback HTTP, plus the built renderer. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkspaceService } from '../../../core/service.ts';
import { startHttpServer } from '../../http/server.ts';
import { intFlag, parseFlags, requirePositional } from '../args.ts';
import type { CliIo } from '../io.ts';
import { t } from '../../strings.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const rendererDir = join(repoRoot, 'dist', 'renderer');

/**
 * A fresh checkout has no built renderer; build it once with vite (a dev dependency)
 * rather than greet the user with an empty page. Without vite the page says what to do.
 */
async function ensureRendererBuilt(io: CliIo): Promise<void> {
  if (existsSync(join(rendererDir, 'index.html'))) return;
  io.err(t('serve.building') + '\n');
  try {
    const { build } = await import('vite');
    await build({ configFile: join(repoRoot, 'renderer', 'vite.config.ts'), logLevel: 'error' });
  } catch (e) {
    const reason = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
    io.err(t('serve.buildFailed', { reason }) + '\n');
  }
}

export async function runServe(argv: readonly string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, { port: { type: 'string' } }, 1);
  const port = intFlag(p, 'port', 0);
  const service = await openWorkspaceService(requirePositional(p, 0, 'workspace W'));
  await ensureRendererBuilt(io);
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
