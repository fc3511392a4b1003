// Progress of a bulk run on stderr: a bar redrawn in place when stderr is a terminal (a person is
// watching, whatever the output mode), otherwise a plain line every few seconds, except in --output
// json mode, where a program reads stderr for the JSON summary.
import type { OutputMode } from './arguments.js';

interface Stream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

const REDRAW_MS = 100;
const PLAIN_EVERY_MS = 5_000;

export class Progress {
  // Kept over cli-progress@3.12.0 (6 packages, 170 KB, CJS): it has no 5 s plain lines, quiet JSON mode or test clock.
  readonly #stream: Stream;
  readonly #total: number | undefined;
  readonly #tty: boolean;
  readonly #quiet: boolean;
  readonly #now: () => number;
  readonly #started: number;
  #running = 0;
  #ok = 0;
  #failed = 0;
  #lastDraw = 0;
  #drawn = false;

  /** `now`: the clock (milliseconds), replaceable for tests. */
  constructor(
    stream: Stream,
    total: number | undefined,
    mode: OutputMode,
    now: () => number = () => performance.now(),
  ) {
    this.#now = now;
    this.#started = now();
    this.#stream = stream;
    this.#total = total;
    this.#tty = stream.isTTY === true;
    this.#quiet = !this.#tty && mode === 'json';
    this.#lastDraw = now();
  }

  start(): void {
    this.#running += 1;
    this.#tick();
  }

  finish(ok: boolean): void {
    this.#running -= 1;
    if (ok) this.#ok += 1;
    else this.#failed += 1;
    this.#tick();
  }

  /** A message of its own line (the bar is redrawn below it). */
  note(message: string): void {
    if (this.#quiet) return;
    this.#clear();
    this.#stream.write(`imagesec: ${message}\n`);
    if (this.#tty) this.#draw();
  }

  /** Removes the bar, before the summary. */
  end(): void {
    this.#clear();
  }

  /** The counts as one line, e.g. `120/300 done (118 ok, 2 failed), 4 running, 35/s`. */
  status(): string {
    const done = this.#ok + this.#failed;
    const seconds = Math.max((this.#now() - this.#started) / 1000, 0.001);
    const of = this.#total === undefined ? '' : `/${this.#total}`;
    return `${done}${of} done (${this.#ok} ok, ${this.#failed} failed), ${this.#running} running, ${(done / seconds).toFixed(1)}/s`;
  }

  #tick(): void {
    const now = this.#now();
    if (this.#tty) {
      if (now - this.#lastDraw >= REDRAW_MS || this.#ok + this.#failed === this.#total) this.#draw();
    } else if (!this.#quiet && now - this.#lastDraw >= PLAIN_EVERY_MS) {
      this.#lastDraw = now;
      this.#stream.write(`imagesec: ${this.status()}\n`);
    }
  }

  #draw(): void {
    this.#lastDraw = this.#now();
    const status = this.status();
    let bar = '';
    if (this.#total !== undefined && this.#total > 0) {
      // A pseudo-terminal may report 0 columns: taken as 80.
      const width = Math.max(10, Math.min(40, (this.#stream.columns || 80) - status.length - 4));
      const filled = Math.round((width * (this.#ok + this.#failed)) / this.#total);
      bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] `;
    }
    this.#stream.write(`\r\x1b[K${bar}${status}`);
    this.#drawn = true;
  }

  #clear(): void {
    if (this.#tty && this.#drawn) this.#stream.write('\r\x1b[K');
    this.#drawn = false;
  }
}
