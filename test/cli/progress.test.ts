// Progress of a bulk run: what it writes to a (fake) stderr, terminal or not, text or JSON mode,
// with the clock in the test's hands.
import { describe, expect, it } from 'vitest';
import type { OutputMode } from '../../src/cli/arguments.js';
import { Progress } from '../../src/cli/progress.js';

const CLEAR = '\r\x1b[K';

class FakeStream {
  readonly writes: string[] = [];
  readonly isTTY: boolean;
  readonly columns?: number;
  constructor(isTTY: boolean, columns: number | undefined) {
    this.isTTY = isTTY;
    if (columns !== undefined) this.columns = columns;
  }
  write(text: string): boolean {
    this.writes.push(text);
    return true;
  }
  get text(): string {
    return this.writes.join('');
  }
  take(): string[] {
    return this.writes.splice(0);
  }
}

/** A clock that starts at a time far from performance.now(), to catch a clock not injected. */
class Clock {
  ms = 1_000_000;
  readonly now = (): number => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}

function setup(options: { tty: boolean; total: number | undefined; mode?: OutputMode; columns?: number }) {
  const stream = new FakeStream(options.tty, options.columns);
  const clock = new Clock();
  const progress = new Progress(stream, options.total, options.mode ?? 'text', clock.now);
  return { stream, clock, progress };
}

describe('Progress on a terminal', () => {
  it('draws a bar with the counts in place (\\r\\x1b[K), at most every 100 ms', () => {
    const { stream, clock, progress } = setup({ tty: true, total: 10, columns: 200 });
    progress.start();
    progress.start();
    // Within the first 100 ms nothing is drawn.
    expect(stream.writes).toEqual([]);
    clock.advance(100);
    progress.finish(true);
    expect(stream.take()).toEqual([`${CLEAR}[####${'.'.repeat(36)}] 1/10 done (1 ok, 0 failed), 1 running, 10.0/s`]);
    // Another change within 100 ms of that draw: no redraw.
    clock.advance(50);
    progress.finish(false);
    expect(stream.writes).toEqual([]);
    clock.advance(50);
    progress.start();
    expect(stream.take()).toEqual([
      `${CLEAR}[########${'.'.repeat(32)}] 2/10 done (1 ok, 1 failed), 1 running, 10.0/s`,
    ]);
  });

  it('every draw starts by going back to the line start and clearing it, and never ends with a newline', () => {
    const { stream, clock, progress } = setup({ tty: true, total: 3 });
    for (let i = 0; i < 3; i += 1) {
      progress.start();
      clock.advance(150);
      progress.finish(true);
    }
    expect(stream.writes.length).toBeGreaterThan(0);
    for (const write of stream.writes) {
      expect(write.startsWith(CLEAR)).toBe(true);
      expect(write).not.toContain('\n');
    }
    expect(stream.writes.at(-1)).toContain('3/3 done (3 ok, 0 failed), 0 running');
  });

  it('draws the last line as soon as every line is done, without waiting for the 100 ms', () => {
    const { stream, clock, progress } = setup({ tty: true, total: 2, columns: 80 });
    progress.start();
    progress.start();
    progress.finish(true);
    expect(stream.writes).toEqual([]);
    clock.advance(1);
    progress.finish(true);
    expect(stream.writes).toHaveLength(1);
    // eslint-disable-next-line no-control-regex -- the ESC of the terminal's erase-line sequence is what it checks
    expect(stream.writes[0]).toMatch(/^\r\x1b\[K\[#+\] 2\/2 done \(2 ok, 0 failed\), 0 running, /);
  });

  it('fits the bar to the terminal: 40 wide at most, 10 at least, from the columns', () => {
    const widthOf = (columns: number | undefined): number => {
      const { stream, clock, progress } = setup({ tty: true, total: 4, ...(columns === undefined ? {} : { columns }) });
      progress.start();
      clock.advance(200);
      progress.finish(true);
      const bar = /\[([#.]+)\]/.exec(stream.text)?.[1];
      expect(bar).toBeDefined();
      // A quarter done: a quarter of the bar filled.
      expect(bar!.replace(/\./g, '')).toHaveLength(Math.round(bar!.length / 4));
      return bar!.length;
    };
    const status = '1/4 done (1 ok, 0 failed), 0 running, 5.0/s';
    expect(widthOf(200)).toBe(40);
    expect(widthOf(20)).toBe(10);
    expect(widthOf(status.length + 4 + 25)).toBe(25);
    // No column count (not a real terminal object): 80 is assumed.
    expect(widthOf(undefined)).toBe(Math.min(40, 80 - status.length - 4));
  });

  it('shows no bar when the total is unknown (stdin), only the counts', () => {
    const { stream, clock, progress } = setup({ tty: true, total: undefined });
    progress.start();
    clock.advance(500);
    progress.finish(true);
    expect(stream.take()).toEqual([`${CLEAR}1 done (1 ok, 0 failed), 0 running, 2.0/s`]);
  });

  it('status() counts done, ok, failed, running and the rate since the start on the injected clock', () => {
    const { clock, progress } = setup({ tty: false, total: 300, mode: 'json' });
    for (let i = 0; i < 124; i += 1) progress.start();
    for (let i = 0; i < 118; i += 1) progress.finish(true);
    for (let i = 0; i < 2; i += 1) progress.finish(false);
    clock.advance(4_000);
    expect(progress.status()).toBe('120/300 done (118 ok, 2 failed), 4 running, 30.0/s');
  });

  it('note() clears the bar, prints its own line, then draws the bar again', () => {
    const { stream, clock, progress } = setup({ tty: true, total: 10, columns: 100 });
    progress.start();
    clock.advance(100);
    progress.finish(true);
    const bar = stream.take()[0]!;
    progress.note('interrupted: no new lines start');
    const written = stream.take();
    expect(written[0]).toBe(CLEAR);
    expect(written[1]).toBe('imagesec: interrupted: no new lines start\n');
    expect(written.slice(2)).toEqual([bar]);
  });

  it('note() before any bar was drawn prints the line and draws the bar (nothing to clear)', () => {
    const { stream, progress } = setup({ tty: true, total: 5 });
    progress.note('hello');
    const written = stream.take();
    expect(written[0]).toBe('imagesec: hello\n');
    expect(written).toHaveLength(2);
    // eslint-disable-next-line no-control-regex -- the ESC of the terminal's erase-line sequence is what it checks
    expect(written[1]).toMatch(/^\r\x1b\[K\[\.+\] 0\/5 done \(0 ok, 0 failed\), 0 running/);
  });

  it('end() clears the bar once, so the summary starts on a clean line', () => {
    const { stream, clock, progress } = setup({ tty: true, total: 2 });
    progress.start();
    clock.advance(100);
    progress.finish(true);
    stream.take();
    progress.end();
    expect(stream.take()).toEqual([CLEAR]);
    progress.end();
    expect(stream.take()).toEqual([]);
  });

  it('end() with no bar drawn writes nothing', () => {
    const { stream, progress } = setup({ tty: true, total: 2 });
    progress.start();
    progress.end();
    expect(stream.writes).toEqual([]);
  });

  it('a terminal in json mode still gets the bar (stderr is read by a person)', () => {
    const { stream, clock, progress } = setup({ tty: true, total: 2, mode: 'json' });
    progress.start();
    clock.advance(100);
    progress.finish(true);
    // eslint-disable-next-line no-control-regex -- the ESC of the terminal's erase-line sequence is what it checks
    expect(stream.take()[0]).toMatch(/^\r\x1b\[K\[/);
    progress.end();
    expect(stream.take()).toEqual([CLEAR]);
  });
});

describe('Progress on a pipe or file', () => {
  it('text mode: a plain status line only once 5 s have passed since the last one', () => {
    const { stream, clock, progress } = setup({ tty: false, total: 100 });
    progress.start();
    clock.advance(1_000);
    progress.finish(true);
    clock.advance(3_999);
    progress.start();
    expect(stream.writes).toEqual([]);
    clock.advance(1);
    progress.finish(true);
    expect(stream.take()).toEqual(['imagesec: 2/100 done (2 ok, 0 failed), 0 running, 0.4/s\n']);
    // The next line waits another 5 s.
    clock.advance(4_999);
    progress.start();
    progress.finish(false);
    expect(stream.writes).toEqual([]);
    clock.advance(1);
    progress.start();
    expect(stream.take()).toEqual(['imagesec: 3/100 done (2 ok, 1 failed), 1 running, 0.3/s\n']);
  });

  it('text mode: no escape codes, no bar, even when the run is complete', () => {
    const { stream, clock, progress } = setup({ tty: false, total: 1, columns: 80 });
    progress.start();
    clock.advance(10);
    progress.finish(true);
    progress.end();
    expect(stream.writes).toEqual([]);
    clock.advance(6_000);
    progress.start();
    expect(stream.text).not.toContain('\x1b');
    expect(stream.text).not.toContain('\r');
    expect(stream.text).not.toContain('[');
  });

  it('text mode: note() prints its line, end() writes nothing', () => {
    const { stream, progress } = setup({ tty: false, total: 3 });
    progress.note('interrupted');
    progress.end();
    expect(stream.writes).toEqual(['imagesec: interrupted\n']);
  });

  it('json mode prints nothing at all: no status lines, no notes, no clearing', () => {
    const { stream, clock, progress } = setup({ tty: false, total: 10, mode: 'json' });
    for (let i = 0; i < 10; i += 1) {
      progress.start();
      clock.advance(6_000);
      progress.finish(i % 2 === 0);
    }
    progress.note('interrupted');
    progress.end();
    expect(stream.writes).toEqual([]);
  });
});
