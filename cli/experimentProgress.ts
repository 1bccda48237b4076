// Progress of an experiment on stderr: runs done out of all (and how many came from the cache, and
// at the end how many resumed from a snapshot of a run that shares their history),
// the overall share, and an estimated time left from the pace so far. Redrawn in place on a
// terminal; a line every 10% (and at least every 30 s) in a log.
import type { CliIO } from './io';
import type { PoolProgress } from '../experiments/pool';
import { eta, formatDuration } from './progress';

const CLEAR_LINE = '\r\x1b[K';
const TTY_REDRAW_MS = 100;
const LOG_AT_LEAST_EVERY_MS = 30_000;

export function experimentProgress(io: CliIO, total: number): { update: (p: PoolProgress) => void; finish: (cancelled: boolean) => void } {
  const started = io.now();
  let lastDraw = -Infinity;
  let lastStep = -1;
  let live = false;
  let last: PoolProgress = { done: 0, total, fraction: 0, cached: 0, resumed: 0 };
  return {
    update(p) {
      last = p;
      const t = io.now();
      const text = `runs ${p.done}/${p.total}${p.cached > 0 ? ` (${p.cached} cached)` : ''}  ${Math.floor(p.fraction * 100)}%  ETA ${eta(p.fraction, t - started)}`;
      if (io.stderrIsTTY) {
        if (t - lastDraw < TTY_REDRAW_MS && p.fraction < 1) return;
        io.stderr(`${CLEAR_LINE}${text}`);
        live = true;
        lastDraw = t;
        return;
      }
      const step = Math.floor(p.fraction * 10);
      if (step > lastStep || t - lastDraw >= LOG_AT_LEAST_EVERY_MS) {
        io.stderr(`${text}\n`);
        lastStep = step;
        lastDraw = t;
      }
    },
    finish(cancelled) {
      if (live) io.stderr(CLEAR_LINE);
      const seconds = (io.now() - started) / 1000;
      const resumed = last.resumed > 0 ? ` (${last.resumed} resumed from a shared history)` : '';
      io.stderr(`${cancelled ? 'cancelled after' : 'finished'} ${last.done} of ${last.total} runs in ${formatDuration(seconds)}${resumed}\n`);
    },
  };
}
