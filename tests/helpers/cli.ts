import { main } from '../../main/cli/index.ts';
import type { CliIo } from '../../main/cli/io.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output (so coverage sees it). */
export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    interactive: false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
