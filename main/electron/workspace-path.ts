/**
 * Which workspace the desktop app opens: `--workspace PATH` (or `--workspace=PATH`), else
 * CASELINE_WORKSPACE, else the demo's default output.
 */
import { resolve } from 'node:path';

/** Where `caseline demo` writes its workspace by default. */
export const defaultWorkspace = 'demo-workspace/workspace.duckdb';

/** The absolute workspace path for the given command line, environment and folder. */
export function resolveWorkspacePath(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--workspace' && argv[i + 1]) return resolve(cwd, argv[i + 1]);
    if (arg.startsWith('--workspace=') && arg.length > '--workspace='.length) {
      return resolve(cwd, arg.slice('--workspace='.length));
    }
  }
  const fromEnv = env.CASELINE_WORKSPACE;
  if (fromEnv) return resolve(cwd, fromEnv);
  return resolve(cwd, defaultWorkspace);
}
