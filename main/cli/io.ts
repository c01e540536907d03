/** Where the CLI writes: JSON and results on stdout, progress and warnings on stderr. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal: progress may redraw one line. */
  interactive: boolean;
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
};

export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2) + '\n');
}

/**
 * A throttled progress reporter: a redrawn line on a terminal, otherwise a plain line at
 * most every few seconds so logs of CI runs stay short.
 */
export function progressLine(io: CliIo, intervalMs = io.interactive ? 200 : 5000) {
  let last = io.interactive ? 0 : Date.now();
  let drawn = false;
  return {
    update(text: string): void {
      const now = Date.now();
      if (now - last < intervalMs) return;
      last = now;
      if (io.interactive) {
        io.err(`\r\x1b[2K${text}`);
        drawn = true;
      } else io.err(text + '\n');
    },
    done(): void {
      if (drawn) io.err('\r\x1b[2K');
      drawn = false;
    },
  };
}
