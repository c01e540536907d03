import { createWriteStream, mkdirSync } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import type { Gzip } from 'node:zlib';

/**
 * Buffered streaming writer for one output file, plain or gzip. Lines collect in a small
 * buffer and go to the stream in ~256 KB chunks, waiting for drain so memory stays flat.
 */
export class LineFileWriter {
  private buffer: string[] = [];
  private size = 0;
  private readonly file: WriteStream;
  private readonly sink: WriteStream | Gzip;
  lines = 0;

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.file = createWriteStream(path);
    if (path.endsWith('.gz')) {
      const gz = createGzip({ level: 6 });
      gz.pipe(this.file);
      this.sink = gz;
    } else {
      this.sink = this.file;
    }
  }

  /** Adds text holding `lineCount` lines (no trailing newline). */
  add(text: string, lineCount: number): void {
    this.buffer.push(text);
    this.size += text.length;
    this.lines += lineCount;
  }

  get pending(): number {
    return this.size;
  }

  /** Writes the buffer out; resolves once the stream can take more. */
  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('\n') + '\n';
    this.buffer = [];
    this.size = 0;
    if (!this.sink.write(chunk)) await once(this.sink, 'drain');
  }

  /** Flushes and closes; resolves when the file is complete on disk. */
  async close(): Promise<void> {
    await this.flush();
    const done = once(this.file, 'close');
    this.sink.end();
    await done;
  }
}
