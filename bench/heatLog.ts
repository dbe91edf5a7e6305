/**
 * When each stack's action ended in Heat, to the millisecond, from the local cloud's Heat logs: the
 * API's event times have whole seconds only, which put a wave's end anywhere in a second (+-0.5 s per
 * wave on the overhead). heat-engine logs `Stack CREATE COMPLETE (<name>): ...` when it stores the
 * stack's final state, in local time with milliseconds. Only what was written after `mark()` is read.
 */
import { existsSync, openSync, readSync, statSync, closeSync } from 'node:fs';
import { join } from 'node:path';

const END_LINE =
  /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3}) .*Stack (?:CREATE|UPDATE) (?:COMPLETE|FAILED) \(([^)]+)\)/;

function readFrom(path: string, offset: number): string {
  const size = statSync(path).size;
  if (size <= offset) return '';
  const buf = Buffer.alloc(size - offset);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buf, 0, buf.length, offset);
  } finally {
    closeSync(fd);
  }
  return buf.toString('utf8');
}

export class HeatLogTail {
  private readonly offsets = new Map<string, number>();

  /** `logsDir`: the devcloud's logs folder, with one heat-<region>.log per region. */
  constructor(
    private readonly logsDir: string,
    private readonly regions: readonly string[],
  ) {}

  private path(region: string): string {
    return join(this.logsDir, `heat-${region}.log`);
  }

  /** True when every region's log can be read (else the caller falls back to the API's times). */
  available(): boolean {
    return this.regions.every((r) => existsSync(this.path(r)));
  }

  /** From now on: remember where each log ends. */
  mark(): void {
    for (const r of this.regions) this.offsets.set(r, statSync(this.path(r)).size);
  }

  /** The last end of each named stack's action logged since `mark()`, in ms since the epoch. */
  endTimes(): Map<string, number> {
    const ends = new Map<string, number>();
    for (const r of this.regions)
      for (const line of readFrom(this.path(r), this.offsets.get(r) ?? 0).split('\n')) {
        const m = END_LINE.exec(line);
        // local time, as Heat's logging wrote it (Date parses a zoneless date-time as local too)
        if (m !== null) ends.set(m[3]!, new Date(`${m[1]}T${m[2]}`).getTime());
      }
    return ends;
  }
}
